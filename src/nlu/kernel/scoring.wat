;; Kernels over a feature-major weight matrix (one row of class weights per feature): `accumulate`
;; adds whole weighted rows, four classes per SIMD instruction; `gather` and `scatter` read and
;; update a few classes of each row (the training loop's active and changed classes). `scripts/buildWasm.js` assembles this file into scoringWasm.ts; the test
;; test/nlu/kernel/weightMatrix.test.ts fails when the two disagree.
(module
  (memory (export "memory") 1)
  ;; rows: byte offsets of the rows to add (i32 each); values: their factors (f32 each);
  ;; out: f32 accumulators, rowBytes long (a multiple of 16: rows are padded to 4 classes).
  (func (export "accumulate")
    (param $rows i32) (param $values i32) (param $count i32) (param $out i32) (param $rowBytes i32)
    (local $r i32) (local $row i32) (local $factor v128) (local $k i32) (local $at i32)
    (block $done
      (loop $eachRow
        (br_if $done (i32.ge_u (local.get $r) (local.get $count)))
        (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $factor (f32x4.splat (f32.load (i32.add (local.get $values) (i32.shl (local.get $r) (i32.const 2))))))
        (local.set $k (i32.const 0))
        (block $rowDone
          (loop $eachQuad
            (br_if $rowDone (i32.ge_u (local.get $k) (local.get $rowBytes)))
            (local.set $at (i32.add (local.get $out) (local.get $k)))
            (v128.store (local.get $at)
              (f32x4.add
                (v128.load (local.get $at))
                (f32x4.mul (local.get $factor) (v128.load (i32.add (local.get $row) (local.get $k))))))
            (local.set $k (i32.add (local.get $k) (i32.const 16)))
            (br $eachQuad)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $eachRow))))

  ;; out[a] += Σ values[r] × W[rows[r] + classes[a]] for a < classCount (classes: byte offsets in a row).
  (func (export "gather")
    (param $rows i32) (param $values i32) (param $count i32) (param $classes i32) (param $classCount i32) (param $out i32)
    (local $r i32) (local $row i32) (local $factor f32) (local $a i32) (local $at i32) (local $end i32)
    (local.set $end (i32.shl (local.get $classCount) (i32.const 2)))
    (block $done
      (loop $eachRow
        (br_if $done (i32.ge_u (local.get $r) (local.get $count)))
        (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $factor (f32.load (i32.add (local.get $values) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $a (i32.const 0))
        (block $rowDone
          (loop $eachClass
            (br_if $rowDone (i32.ge_u (local.get $a) (local.get $end)))
            (local.set $at (i32.add (local.get $out) (local.get $a)))
            (f32.store (local.get $at)
              (f32.add
                (f32.load (local.get $at))
                (f32.mul (local.get $factor)
                  (f32.load (i32.add (local.get $row) (i32.load (i32.add (local.get $classes) (local.get $a))))))))
            (local.set $a (i32.add (local.get $a) (i32.const 4)))
            (br $eachClass)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $eachRow))))

  ;; W[rows[r] + classes[c]] += deltas[c] × values[r] for every row r and c < classCount.
  (func (export "scatter")
    (param $rows i32) (param $values i32) (param $count i32) (param $classes i32) (param $classCount i32) (param $deltas i32)
    (local $r i32) (local $row i32) (local $factor f32) (local $c i32) (local $at i32) (local $end i32)
    (local.set $end (i32.shl (local.get $classCount) (i32.const 2)))
    (block $done
      (loop $eachRow
        (br_if $done (i32.ge_u (local.get $r) (local.get $count)))
        (local.set $row (i32.load (i32.add (local.get $rows) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $factor (f32.load (i32.add (local.get $values) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $c (i32.const 0))
        (block $rowDone
          (loop $eachClass
            (br_if $rowDone (i32.ge_u (local.get $c) (local.get $end)))
            (local.set $at (i32.add (local.get $row) (i32.load (i32.add (local.get $classes) (local.get $c)))))
            (f32.store (local.get $at)
              (f32.add
                (f32.load (local.get $at))
                (f32.mul (local.get $factor) (f32.load (i32.add (local.get $deltas) (local.get $c))))))
            (local.set $c (i32.add (local.get $c) (i32.const 4)))
            (br $eachClass)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $eachRow)))))
