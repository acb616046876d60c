#!/usr/bin/env node
/**
 * Build step after tsc: the message catalogues (JSON, which tsc does not copy) go beside the compiled
 * code, to dist/locale/catalogues/, so the published package never reads anything from src/.
 */
import { cpSync, rmSync } from 'node:fs';

rmSync('dist/locale/catalogues', { recursive: true, force: true });
cpSync('src/locale/catalogues', 'dist/locale/catalogues', { recursive: true, filter: (f) => !f.includes('.') || f.endsWith('.json') });
