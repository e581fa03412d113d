import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Command } from '../../commands/command';
import { contentText } from '../../commands/contentText';
import { Content } from '../../content/content';
import { buildManifest, manifestValues, teamsCommands } from './teamsManifest';

export interface TeamsPackageOptions {
  /** appPackage/: the manifest template and the two icons. */
  appPackageDir: string;
  env: Record<string, string | undefined>;
  content: Content;
  commands: readonly Command[];
  version: string;
}

export interface TeamsPackage {
  manifest: Record<string, unknown>;
  zip: Uint8Array;
}

export const ICONS = ['color.png', 'outline.png'] as const;

/** The app package Teams accepts for upload: manifest.json and the two icons at the root of a zip. */
export function buildTeamsPackage(options: TeamsPackageOptions): TeamsPackage {
  const template: unknown = JSON.parse(readFileSync(join(options.appPackageDir, 'manifest.template.json'), 'utf8'));
  const values = manifestValues(options.env, options.version);
  const commands = teamsCommands(options.commands, (command) => contentText(options.content, `command.${command.name}.description`));
  const manifest = buildManifest(template, values, commands);
  const files: Record<string, Uint8Array> = { 'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`) };
  for (const icon of ICONS) files[icon] = readFileSync(join(options.appPackageDir, icon));
  // A fixed date keeps the zip identical from one build to the next when nothing changed.
  return { manifest, zip: zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }) };
}

/** Builds the package into appPackage/build/rapport.zip and returns its path. */
export function writeTeamsPackage(options: TeamsPackageOptions): string {
  const { zip } = buildTeamsPackage(options);
  const outDir = join(options.appPackageDir, 'build');
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'rapport.zip');
  writeFileSync(path, zip);
  return path;
}
