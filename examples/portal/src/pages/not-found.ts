import '../browser/shell.js';
