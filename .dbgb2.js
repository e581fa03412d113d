const {wordLexicon}=require('./dist/src/nlu/wordLexicon');
for (const w of process.argv.slice(2)) console.log(w, wordLexicon().tags(w));
