import { bundles } from './bundles';
import { calendar } from './calendar';
import { cli } from './cli';
import { common } from './common';
import { consultation } from './consultation';
import { desktop } from './desktop';
import { errors, validation } from './errors';
import { frontMatter } from './front-matter';
import { ideas } from './ideas';
import { model } from './model';
import { panels } from './panels';
import { print } from './print';
import { printScreen } from './print-screen';
import { prioritization } from './prioritization';
import { quality } from './quality';
import { sync } from './sync';
import { ui } from './ui';

export const en = { common, errors, validation, model, ui, panels, quality, bundles, sync, cli, desktop, print, printScreen, frontMatter, ideas, prioritization, consultation, calendar };
