import '../browser/shell.js';
import '@cerdas/elements/umkm-catalog/define.js';
