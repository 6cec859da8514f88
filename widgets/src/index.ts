/**
 * Tablero Abierto's embeddable widgets, one ES module: load it once (or twice: registration is
 * guarded) and use the elements anywhere on the page.
 *
 *   <script type="module" src="https://…/widgets/tablero-widgets.js"></script>
 *   <ta-pages-counter exercise="coahuila-2015-2017"></ta-pages-counter>
 *
 * Each module registers its element; the bundle exports nothing, so it adds no global and no
 * binding to the page.
 */
import './commitment-progress';
import './pages-counter';
import './session-calendar';
