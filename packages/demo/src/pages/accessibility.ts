/** The accessibility statement, in the page language, with the route for correcting verified data (#correction). */
import { startPage } from '../shell.js';

startPage();
