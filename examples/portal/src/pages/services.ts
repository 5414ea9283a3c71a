import '../browser/shell.js';
import '@cerdas/elements/service-directory/define.js';
