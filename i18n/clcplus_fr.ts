<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/accounts.py" line="27"/>
        <source>Land take</source>
        <translation>Artificialisation des terres</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="30"/>
        <source>No land became sealed and no sealed land became another class.</source>
        <translation>Aucune surface n'a été imperméabilisée et aucune surface imperméabilisée n'est passée à une autre classe.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="31"/>
        <source>Ecosystem extent account</source>
        <translation>Compte d'étendue des écosystèmes</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="43"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="44"/>
        <source>Copy the extent account (as shown, tab-separated) to paste into a spreadsheet; the land-take tables are written by the Processing tool Land take and ecosystem extent accounts.</source>
        <translation>Copier le compte d'étendue (tel qu'affiché, séparé par des tabulations) pour le coller dans un tableur ; les tableaux d'artificialisation sont écrits par l'outil Processing Artificialisation des terres et comptes d'étendue des écosystèmes.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="66"/>
        <source>{earlier} → {later}: {take} became sealed, {back} of sealed land became another class; net land take {net}.</source>
        <translation>{earlier} → {later} : {take} imperméabilisés, {back} de surfaces imperméabilisées passés à une autre classe ; artificialisation nette {net}.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="70"/>
        <source>Net land take per year: {} ({} years).</source>
        <translation>Artificialisation nette par an : {} ({} ans).</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="73"/>
        <source>Land take: {} % of the land (the compared area without water).</source>
        <translation>Artificialisation : {} % des terres (la surface comparée sans l'eau).</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="81"/>
        <source>{name}: {taken} became sealed, {returned} of sealed land became {name}</source>
        <translation>{name} : {taken} imperméabilisés, {returned} de surfaces imperméabilisées devenus {name}</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="85"/>
        <source>Per class: area in {earlier}, additions, reductions, area in {later} ({unit}). Only land cover compared in both years; uncertain change is left out, change below the minimum mapping unit counts as unchanged.</source>
        <translation>Par classe : surface en {earlier}, augmentations, réductions, surface en {later} ({unit}). Seule l'occupation du sol comparée les deux années ; les changements incertains sont exclus, les changements sous l'unité minimale de cartographie comptent comme inchangés.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="105"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="109"/>
        <source>{name}: {opening} in {earlier}, +{additions}, −{reductions}, {closing} in {later} (net change {net})</source>
        <translation>{name} : {opening} en {earlier}, +{additions}, −{reductions}, {closing} en {later} (variation nette {net})</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="152"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Current map view</source>
        <translation>Vue actuelle de la carte</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Polygon layer</source>
        <translation>Couche de polygones</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Drawn on the map</source>
        <translation>Dessin sur la carte</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Tile ids</source>
        <translation>Identifiants de tuiles</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="144"/>
        <source>Where to get land cover for: what the map shows, the polygons of a layer, a rectangle or polygon you draw, or 100 km tiles by their ids.</source>
        <translation>Zone pour laquelle obtenir l'occupation du sol : ce que montre la carte, les polygones d'une couche, un rectangle ou un polygone que vous dessinez, ou des tuiles de 100 km désignées par leurs identifiants.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="149"/>
        <source>The area the map shows now; pan or zoom to change it.</source>
        <translation>La zone que montre actuellement la carte ; déplacez-vous ou zoomez pour la modifier.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="153"/>
        <source>Selected features only</source>
        <translation>Entités sélectionnées uniquement</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="154"/>
        <source>Draw a rectangle</source>
        <translation>Dessiner un rectangle</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="155"/>
        <source>Draw a polygon</source>
        <translation>Dessiner un polygone</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="306"/>
        <source>Press and drag on the map.</source>
        <translation>Cliquez et faites glisser sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="159"/>
        <source>Click the corners on the map; right-click or double-click to close. Backspace takes the last corner back, Esc cancels.</source>
        <translation>Cliquez sur la carte pour placer les sommets ; clic droit ou double-clic pour fermer. Retour arrière retire le dernier sommet, Échap annule.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="163"/>
        <source>e.g. E44N36, E45N36</source>
        <translation>p. ex. E44N36, E45N36</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="164"/>
        <source>100 km grid cells named by their lower-left corner in units of 100 km (EPSG:3035): E44N36 is x 4400-4500 km, y 3600-3700 km.</source>
        <translation>Mailles de 100 km de la grille, nommées d'après leur coin inférieur gauche en unités de 100 km (EPSG:3035) : E44N36 correspond à x 4400-4500 km, y 3600-3700 km.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="175"/>
        <source>Area from</source>
        <translation>Zone définie par</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="205"/>
        <source>The map shows nothing yet; add a layer or zoom to your area.</source>
        <translation>La carte n'affiche encore rien ; ajoutez une couche ou zoomez sur votre zone.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="206"/>
        <source>map view</source>
        <translation>vue de la carte</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="212"/>
        <source>Choose a polygon layer (add one to the project first).</source>
        <translation>Choisissez une couche de polygones (ajoutez-en d'abord une au projet).</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="215"/>
        <source>No feature of {} is selected; select some or untick &apos;Selected features only&apos;.</source>
        <translation>Aucune entité de {} n'est sélectionnée ; sélectionnez-en ou décochez « Entités sélectionnées uniquement ».</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="218"/>
        <source> (selection)</source>
        <translation> (sélection)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="223"/>
        <source>Draw a rectangle or a polygon on the map.</source>
        <translation>Dessinez un rectangle ou un polygone sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="227"/>
        <source>drawn rectangle</source>
        <translation>rectangle dessiné</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="230"/>
        <source>drawn polygon</source>
        <translation>polygone dessiné</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="233"/>
        <source>Type one or more tile ids, such as E44N36.</source>
        <translation>Saisissez un ou plusieurs identifiants de tuiles, comme E44N36.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="239"/>
        <source>{} tiles</source>
        <translation>{} tuiles</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="293"/>
        <source>Selected features only ({} selected)</source>
        <translation>Entités sélectionnées uniquement ({} sélectionnée(s))</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="306"/>
        <source>Click the corners on the map; right-click or double-click to close.</source>
        <translation>Cliquez sur la carte pour placer les sommets ; clic droit ou double-clic pour fermer.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="335"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="335"/>
        <source>Polygon</source>
        <translation>Polygone</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="341"/>
        <source>{} drawn; draw again to replace it.</source>
        <translation>{} dessiné ; dessinez à nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="343"/>
        <source>{shape} of about {w:.1f} × {h:.1f} km drawn; draw again to replace it.</source>
        <translation>{shape} d'environ {w:.1f} × {h:.1f} km dessiné ; dessinez à nouveau pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="86"/>
        <source>The features of {} have no area.</source>
        <translation>Les entités de {} n'ont pas de surface.</translation>
    </message>
</context>
<context>
    <name>ApplyLegendAlgorithm</name>
    <message>
        <location filename="../processing/applylegend.py" line="32"/>
        <source>Apply CLCplus legend</source>
        <translation>Appliquer la légende CLCplus</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="35"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="42"/>
        <source>Draws a CLCplus Backbone raster - a tile, a mosaic, a VRT, a clip, or a layer another algorithm made - with the official colours and the class names in your language.

Land cover: classes 1-11 in the product's colours; the coastal seawater buffer and the area outside the product are drawn at half opacity (or hidden), no data is transparent.

Change (from × 100 + to, as the plugin's change rasters hold): only the transitions present are listed, named 'Woody broadleaved deciduous trees → Sealed' and coloured by the kind of change (to sealed, tree loss, tree gain, water and snow, vegetation gain or loss, other); the most frequent ones one by one, the rest as one entry per kind.

The values are checked first: a band that is not integer, or values that are not CLCplus codes, stop with a message. Large land-cover rasters are checked on 16 windows spread over them; change rasters are counted whole.</source>
        <translation>Affiche un raster CLCplus Backbone – une tuile, une mosaïque, un VRT, un raster découpé ou une couche produite par un autre algorithme – avec les couleurs officielles et les noms des classes dans votre langue.

Occupation du sol : classes 1-11 dans les couleurs du produit ; la zone tampon d'eaux côtières et la zone hors produit sont affichées à demi-opacité (ou masquées), les pixels sans données sont transparents.

Changements (départ × 100 + arrivée, comme dans les rasters de changements de l'extension) : seules les transitions présentes sont listées, nommées « Arbres feuillus caducs → Surfaces imperméabilisées » et colorées selon le type de changement (imperméabilisation, perte d'arbres, gain d'arbres, eau et neige, gain ou perte de végétation, autre) ; les plus fréquentes une par une, les autres en une entrée par type.

Les valeurs sont vérifiées d'abord : une bande qui n'est pas de type entier, ou des valeurs qui ne sont pas des codes CLCplus, arrêtent le traitement avec un message. Les grands rasters d'occupation du sol sont vérifiés sur 16 fenêtres réparties sur leur étendue ; les rasters de changements sont comptés en entier.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="57"/>
        <source>CLCplus raster</source>
        <translation>Raster CLCplus</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="57"/>
        <source>A land-cover raster of the product (or a copy of it) or a change raster made by this plugin.</source>
        <translation>Un raster d'occupation du sol du produit (ou une copie) ou un raster de changements produit par cette extension.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="89"/>
        <source>Kind of raster</source>
        <translation>Type de raster</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>Detect from the values</source>
        <translation>Détecter d'après les valeurs</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>Change (from × 100 + to)</source>
        <translation>Changements (départ × 100 + arrivée)</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>'Detect' looks at the values: product codes mean land cover, from × 100 + to codes mean change.</source>
        <translation>« Détecter » examine les valeurs : des codes du produit signifient occupation du sol, des codes départ × 100 + arrivée signifient changements.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="66"/>
        <source>Hide codes that are not land cover</source>
        <translation>Masquer les codes hors occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="66"/>
        <source>Land cover: leave the coastal seawater buffer and the area outside the product transparent instead of muted. Change: leave unchanged pixels transparent.</source>
        <translation>Occupation du sol : laisse transparentes la zone tampon d'eaux côtières et la zone hors produit au lieu de les atténuer. Changements : laisse transparents les pixels inchangés.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="70"/>
        <source>Transitions listed by name</source>
        <translation>Transitions listées par nom</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="70"/>
        <source>Change rasters: the most frequent transitions get their own legend entry; the others are grouped into one entry per kind of change.</source>
        <translation>Rasters de changements : les transitions les plus fréquentes ont chacune leur entrée de légende ; les autres sont regroupées en une entrée par type de changement.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="76"/>
        <source>Style file</source>
        <translation>Fichier de style</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="76"/>
        <source>QGIS layer style (*.qml)</source>
        <translation>Style de couche QGIS (*.qml)</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="76"/>
        <source>Also save the legend as a QGIS style file.</source>
        <translation>Enregistrer aussi la légende dans un fichier de style QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="80"/>
        <source>Save as the raster&apos;s default style</source>
        <translation>Enregistrer comme style par défaut du raster</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="80"/>
        <source>Write the style beside the raster file (same name, .qml), where QGIS finds it whenever the raster is opened, with or without this plugin.</source>
        <translation>Écrit le style à côté du fichier raster (même nom, .qml), où QGIS le trouve à chaque ouverture du raster, avec ou sans cette extension.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="88"/>
        <source>Styled layer</source>
        <translation>Couche symbolisée</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="90"/>
        <source>Legend entries</source>
        <translation>Entrées de légende</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="106"/>
        <source>Style written to {}</source>
        <translation>Style écrit dans {}</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="108"/>
        <source>Land-cover legend with {} entries on {}</source>
        <translation>Légende d'occupation du sol de {} entrées appliquée à {}</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="111"/>
        <source>Change legend with {} entries on {}</source>
        <translation>Légende de changements de {} entrées appliquée à {}</translation>
    </message>
</context>
<context>
    <name>AreaStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/areastatistics.py" line="75"/>
        <source>Class areas</source>
        <translation>Superficies par classe</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="39"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="42"/>
        <source>Area of each CLCplus Backbone class in a raster (a tile, a mosaic, a VRT or a clip): for the whole raster, an extent, or each polygon of a zone layer.

Pixel centre rule (default, as QGIS&apos;s zonal tools): a pixel counts for the zone that holds its centre. Exact rule: a boundary pixel counts by the fraction of it inside the polygon, so the class areas add up to the polygon&apos;s area.

Percentages are of the land-cover area (classes 1-11); coastal seawater buffer (253), outside area (254) and no data (255) are reported beside the classes, never inside them. Overlapping zones each count their own pixels.

Outputs: a long table (zone, class, pixels, area, % of land cover, % of zone), optionally the zones with one area field per class, and an HTML report with charts.</source>
        <translation>Superficie de chaque classe CLCplus Backbone dans un raster (une tuile, une mosaïque, un VRT ou un raster découpé) : pour le raster entier, une emprise ou chaque polygone d'une couche de zones.

Règle du centre du pixel (par défaut, comme les outils zonaux de QGIS) : un pixel compte pour la zone qui contient son centre. Règle exacte : un pixel en bordure compte pour la fraction de sa surface située dans le polygone, de sorte que la somme des superficies des classes est égale à la superficie du polygone.

Les pourcentages se rapportent à la superficie d'occupation du sol (classes 1-11) ; les codes 253 (zone tampon d'eaux côtières), 254 (hors zone) et 255 (pas de données) sont indiqués à côté des classes, jamais inclus dans celles-ci. Des zones qui se chevauchent comptent chacune leurs propres pixels.

Sorties : une table au format long (zone, classe, pixels, superficie, % de l'occupation du sol, % de la zone), en option les zones avec un champ de superficie par classe, et un rapport HTML avec graphiques.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="55"/>
        <source>CLCplus Backbone raster</source>
        <translation>Raster CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="55"/>
        <source>A land-cover raster of the product: its codes, EPSG:3035 and 10 m pixels.</source>
        <translation>Un raster d'occupation du sol du produit : ses codes, EPSG:3035 et pixels de 10 m.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="57"/>
        <source>Zones (polygons)</source>
        <translation>Zones (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="57"/>
        <source>Polygons in any CRS; &apos;selected features only&apos; is honoured. Without zones the whole raster, or the extent below, is counted.</source>
        <translation>Polygones dans n'importe quel SCR ; l'option « Entités sélectionnées uniquement » est respectée. Sans zones, c'est le raster entier, ou l'emprise ci-dessous, qui est compté.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="61"/>
        <source>Zone name field</source>
        <translation>Champ du nom de zone</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="61"/>
        <source>Names the zones in the outputs; the feature id is the zone id.</source>
        <translation>Nomme les zones dans les sorties ; l'identifiant de l'entité sert d'identifiant de zone.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="64"/>
        <source>Extent (without zones)</source>
        <translation>Emprise (sans zones)</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="64"/>
        <source>Counts the pixels whose centre is inside this rectangle.</source>
        <translation>Compte les pixels dont le centre se trouve dans ce rectangle.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>Area unit</source>
        <translation>Unité de superficie</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>square metres</source>
        <translation>mètres carrés</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>hectares</source>
        <translation>hectares</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>square kilometres</source>
        <translation>kilomètres carrés</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>Unit of the area columns and of the total.</source>
        <translation>Unité des colonnes de superficie et du total.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>Boundary pixels</source>
        <translation>Pixels en bordure</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>pixel centre</source>
        <translation>centre du pixel</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>exact coverage</source>
        <translation>couverture exacte</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>Pixel centre counts a pixel for the zone that holds its centre; exact coverage counts the fraction of each boundary pixel inside the polygon.</source>
        <translation>« Centre du pixel » compte un pixel pour la zone qui contient son centre ; « couverture exacte » compte la fraction de chaque pixel en bordure située dans le polygone.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="77"/>
        <source>Zones with class areas</source>
        <translation>Zones avec superficies par classe</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="80"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="80"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="83"/>
        <source>Total land-cover area</source>
        <translation>Superficie totale d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="119"/>
        <source>Land-cover area: {:.2f} {}</source>
        <translation>Superficie d'occupation du sol : {:.2f} {}</translation>
    </message>
</context>
<context>
    <name>CLCplusAccounts</name>
    <message>
        <location filename="../core/accounts.py" line="53"/>
        <source>Opening extent</source>
        <translation>Étendue d'ouverture</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="54"/>
        <source>Additions</source>
        <translation>Augmentations</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="55"/>
        <source>Reductions</source>
        <translation>Réductions</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="56"/>
        <source>Net change</source>
        <translation>Variation nette</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="57"/>
        <source>Closing extent</source>
        <translation>Étendue de clôture</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="192"/>
        <source>total ({})</source>
        <translation>total ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="241"/>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="241"/>
        <source>Compared area</source>
        <translation>Surface comparée</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="285"/>
        <source>Both rasters are from {}: the per-year figures are left empty</source>
        <translation>Les deux rasters sont de {} : les valeurs par an restent vides</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="288"/>
        <source>The year of a raster is not known: the per-year figures are left empty; give the years to fill them</source>
        <translation>L'année d'un raster n'est pas connue : les valeurs par an restent vides ; indiquez les années pour les remplir</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="292"/>
        <source>{:.2f} ha of uncertain change (low confidence) are left out of the accounts, in both the opening and the closing extent</source>
        <translation>{:.2f} ha de changements incertains (confiance faible) sont exclus des comptes, dans l'étendue d'ouverture comme dans celle de clôture</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="24"/>
        <source>CLCplus Backbone land take and ecosystem extent {}</source>
        <translation>CLCplus Backbone : artificialisation des terres et étendue des écosystèmes {}</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="29"/>
        <source>What is counted</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="31"/>
        <source>Land take ({})</source>
        <translation>Artificialisation des terres ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="33"/>
        <source>Land take by origin class and returned land ({})</source>
        <translation>Artificialisation par classe d'origine et surfaces désartificialisées ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="35"/>
        <source>Right of the axis: land that became sealed, by the class it was; left: sealed land that became another class. The black mark is the net land take.</source>
        <translation>À droite de l'axe : surfaces imperméabilisées, selon leur classe d'avant ; à gauche : surfaces imperméabilisées passées à une autre classe. Le trait noir est l'artificialisation nette.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="40"/>
        <source>{} more zones are in the land-take table (CSV).</source>
        <translation>{} autres zones figurent dans le tableau d'artificialisation (CSV).</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="43"/>
        <source>Ecosystem extent account: {} ({})</source>
        <translation>Compte d'étendue des écosystèmes : {} ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="45"/>
        <source>Opening and closing extent per class ({})</source>
        <translation>Étendue d'ouverture et de clôture par classe ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="48"/>
        <source>Ecosystem extent account: zone {} ({})</source>
        <translation>Compte d'étendue des écosystèmes : zone {} ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="52"/>
        <source>The extent accounts of the other zones are in the extent account tables (CSV).</source>
        <translation>Les comptes d'étendue des autres zones figurent dans les tableaux du compte d'étendue (CSV).</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="54"/>
        <source>Caveats</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="61"/>
        <source>Pixels that are land cover in both years. Land take: area that became sealed ({}); returned: sealed area that became another class; net land take = land take - returned. Land: the compared area without water in the earlier year. Opening + additions - reductions = closing for every class, and the additions of all classes equal their reductions.</source>
        <translation>Pixels d'occupation du sol les deux années. Artificialisation : surface devenue imperméabilisée ({}) ; désartificialisée : surface imperméabilisée passée à une autre classe ; artificialisation nette = artificialisation - désartificialisée. Terres : la surface comparée sans l'eau de l'année antérieure. Ouverture + augmentations - réductions = clôture pour chaque classe, et les augmentations de toutes les classes égalent leurs réductions.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="68"/>
        <source>Change in patches below the minimum mapping unit ({} pixels) counts as unchanged.</source>
        <translation>Les changements en taches sous l'unité minimale de cartographie ({} pixels) comptent comme inchangés.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="72"/>
        <source>Uncertain change (confidence below {}) is left out of both the opening and the closing extent, as it is left out of the change matrix.</source>
        <translation>Les changements incertains (confiance inférieure à {}) sont exclus de l'étendue d'ouverture comme de celle de clôture, comme de la matrice des changements.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="76"/>
        <source>Per year: divided by the {} years between the reference years.</source>
        <translation>Par an : divisé par les {} ans entre les années de référence.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="89"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="89"/>
        <source>Land ({})</source>
        <translation>Terres ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="90"/>
        <source>Land take</source>
        <translation>Artificialisation</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="90"/>
        <source>Returned</source>
        <translation>Désartificialisée</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="91"/>
        <source>Net land take</source>
        <translation>Artificialisation nette</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="91"/>
        <source>Land take per year</source>
        <translation>Artificialisation par an</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="92"/>
        <source>Net land take per year</source>
        <translation>Artificialisation nette par an</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="93"/>
        <source>Land take, % of land</source>
        <translation>Artificialisation, % des terres</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="94"/>
        <source>Net land take, % of land</source>
        <translation>Artificialisation nette, % des terres</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="126"/>
        <source>{}: {} {} became sealed</source>
        <translation>{} : {} {} imperméabilisés</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="136"/>
        <source>{} {} of sealed land became {}</source>
        <translation>{} {} de surfaces imperméabilisées devenus {}</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="140"/>
        <source>Net land take: {} {}</source>
        <translation>Artificialisation nette : {} {}</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="171"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="188"/>
        <source>Nothing was compared.</source>
        <translation>Rien n'a été comparé.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="210"/>
        <source>Pale: {} (opening); full colour: {} (closing).</source>
        <translation>Pâle : {} (ouverture) ; couleur pleine : {} (clôture).</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="164"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>CLCplusBlocks</name>
    <message>
        <location filename="../core/blocks.py" line="175"/>
        <source>The extent {} is empty (it has no width or no height): give a rectangle with an area</source>
        <translation>L'emprise {} est vide (largeur ou hauteur nulle) : indiquez un rectangle de superficie non nulle</translation>
    </message>
    <message>
        <location filename="../core/blocks.py" line="187"/>
        <source>the common area of {}</source>
        <translation>la zone commune de {}</translation>
    </message>
    <message>
        <location filename="../core/blocks.py" line="189"/>
        <source>The extent {} holds no pixel of {}, which covers {}: choose an extent that overlaps the raster</source>
        <translation>L'emprise {} ne contient aucun pixel de {}, qui couvre {} : choisissez une emprise qui chevauche le raster</translation>
    </message>
</context>
<context>
    <name>CLCplusChange</name>
    <message>
        <location filename="../core/change.py" line="242"/>
        <source>uncertain change</source>
        <translation>changement incertain</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="249"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="285"/>
        <source>earlier</source>
        <translation>année initiale</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="286"/>
        <source>later</source>
        <translation>année finale</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="285"/>
        <source>intermediate</source>
        <translation>année intermédiaire</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="300"/>
        <source>{} is the {} layer ({}) of the product, not the land cover; choose the land-cover raster (RAS)</source>
        <translation>{} est la couche {} ({}) du produit, pas l'occupation du sol ; choisissez le raster d'occupation du sol (RAS)</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="308"/>
        <source>{} is named as {} but was given as {}; {} is used</source>
        <translation>Le nom de {} indique {}, mais l'année {} a été fournie ; {} est retenue</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="316"/>
        <source>The rasters must be in year order, earlier first: {} is from {}, {} from {}; swap them</source>
        <translation>Les rasters doivent être dans l'ordre chronologique, le plus ancien d'abord : {} date de {}, {} de {} ; inversez-les</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="321"/>
        <source>Two rasters are from {}: their differences are between two versions of one map, not change between years</source>
        <translation>Deux rasters datent de {} : leurs différences opposent deux versions d'une même carte, il ne s'agit pas de changements entre années</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="359"/>
        <source>{} has {} values; a CLCplus Backbone raster holds 8-bit class codes</source>
        <translation>{} contient des valeurs de type {} ; un raster CLCplus Backbone contient des codes de classe sur 8 bits</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="364"/>
        <source>{} has {} values; a confidence layer holds 0-100</source>
        <translation>{} contient des valeurs de type {} ; une couche de confiance contient des valeurs de 0 à 100</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="367"/>
        <source>The rasters do not overlap (or the extent or zones lie outside them): there is no common window to compare</source>
        <translation>Les rasters ne se chevauchent pas (ou l'emprise ou les zones sont en dehors) : il n'y a pas de fenêtre commune à comparer</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="382"/>
        <source>{} is the {} layer ({}) of the product; give the confidence layer ({})</source>
        <translation>{} est la couche {} ({}) du produit ; indiquez la couche de confiance ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="386"/>
        <source>{} is the confidence of {}, but its land cover is from {}</source>
        <translation>{} est la couche de confiance de {}, mais son occupation du sol date de {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="464"/>
        <source>This GDAL cannot write {} compressed GeoTIFFs; choose LZW</source>
        <translation>Cette version de GDAL ne peut pas écrire de GeoTIFF compressés en {} ; choisissez LZW</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="874"/>
        <source>No zone meets the rasters&apos; common window; nothing to compare</source>
        <translation>Aucune zone ne touche la fenêtre commune des rasters ; rien à comparer</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="879"/>
        <source>The year of {} is not known (not an official file name): give it to see the caveats of that year</source>
        <translation>L'année de {} est inconnue (nom de fichier non officiel) : indiquez-la pour voir les mises en garde de cette année</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="913"/>
        <source>Zone {} lies outside the rasters; its areas are 0</source>
        <translation>La zone {} est en dehors des rasters ; ses superficies sont nulles</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="916"/>
        <source>Zone {} holds no pixel centre (smaller than a pixel?); use the exact rule to count its partial pixels</source>
        <translation>La zone {} ne contient aucun centre de pixel (plus petite qu'un pixel ?) ; utilisez la règle exacte pour compter ses pixels partiels</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="944"/>
        <source>Compared on the common window of the rasters ({} x {} pixels), smaller than {}</source>
        <translation>Comparaison sur la fenêtre commune des rasters ({} x {} pixels), plus petite que {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1024"/>
        <source>{} pixels of the {} raster hold values that are not CLCplus Backbone codes; they are left out of the matrix</source>
        <translation>{} pixels du raster ({}) contiennent des valeurs qui ne sont pas des codes CLCplus Backbone ; ils sont exclus de la matrice</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1032"/>
        <source>{:.2f} ha are coastal seawater buffer ({}) in one year and a land-cover class in the other: not comparable, left out of the matrix</source>
        <translation>{:.2f} ha sont en zone tampon d'eaux côtières ({}) une année et dans une classe d'occupation du sol l'autre : non comparables, exclus de la matrice</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1037"/>
        <source>({} has no buffer class; its coastal pixels carry other codes)</source>
        <translation>({} n'a pas de classe tampon ; ses pixels côtiers portent d'autres codes)</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1042"/>
        <source>{} changed pixels have no confidence value (outside the confidence layer&apos;s area); they count as certain</source>
        <translation>{} pixels changés n'ont pas de valeur de confiance (hors de l'emprise de la couche de confiance) ; ils sont comptés comme certains</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1049"/>
        <source>{:.0f} % of the changed area is between classes the product manuals name as often confused ({}): much of it may be classification differences, not change</source>
        <translation>{:.0f} % de la superficie changée concerne des classes que les manuels du produit signalent comme souvent confondues ({}) : il peut s'agir en grande partie de différences de classification, et non de changements</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1054"/>
        <source>No pixel is land cover in both years: there is nothing to compare</source>
        <translation>Aucun pixel ne relève de l'occupation du sol les deux années : il n'y a rien à comparer</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1077"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1094"/>
        <source>CLCplus Backbone change {}</source>
        <translation>Changements CLCplus Backbone {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1096"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1098"/>
        <source>From → to ({})</source>
        <translation>De → vers ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1099"/>
        <source>Rows: {} classes; columns: {} classes. The diagonal (grey) is persistence; the shade of the other cells grows with their area.</source>
        <translation>Lignes : {} ; colonnes : {}. La diagonale (en gris) correspond à la persistance ; la teinte des autres cellules s'intensifie avec leur superficie.</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1108"/>
        <source>Uncertain change (confidence below {} in either year) is not in this matrix: {} {}.</source>
        <translation>Les changements incertains (confiance inférieure à {} l'une ou l'autre année) ne figurent pas dans cette matrice : {} {}.</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1112"/>
        <source>Net change per class ({})</source>
        <translation>Changement net par classe ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1115"/>
        <source>Balance per class ({})</source>
        <translation>Bilan par classe ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1117"/>
        <source>Largest changes</source>
        <translation>Principaux changements</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1120"/>
        <source>Most frequent trajectories with a change</source>
        <translation>Trajectoires avec changement les plus fréquentes</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1123"/>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1125"/>
        <source>Caveats</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1128"/>
        <source>(trajectories through {})</source>
        <translation>(trajectoires via {})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1148"/>
        <source>Compared (land cover in both years)</source>
        <translation>Comparé (occupation du sol les deux années)</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1149"/>
        <source>Changed</source>
        <translation>Changé</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1150"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1152"/>
        <source>Uncertain change (confidence below {})</source>
        <translation>Changement incertain (confiance inférieure à {})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1155"/>
        <source>Change in patches below the MMU ({} pixels, connectivity {}), counted as unchanged</source>
        <translation>Changements en taches sous l'UMC ({} pixels, connexité {}), comptés comme inchangés</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1159"/>
        <source>Not comparable: {} {} → {} {}</source>
        <translation>Non comparable : {} {} → {} {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1212"/>
        <source>Area ({})</source>
        <translation>Superficie ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1161"/>
        <source>% of compared</source>
        <translation>% de la superficie comparée</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1167"/>
        <source>other values</source>
        <translation>autres valeurs</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1175"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1175"/>
        <source>Earlier</source>
        <translation>Année initiale</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1176"/>
        <source>Later</source>
        <translation>Année finale</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1176"/>
        <source>Persistence</source>
        <translation>Persistance</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1177"/>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1177"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1178"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1179"/>
        <source>Swap</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1179"/>
        <source>Uncertain gain</source>
        <translation>Gain incertain</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1180"/>
        <source>Uncertain loss</source>
        <translation>Perte incertaine</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1208"/>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1198"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1198"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1199"/>
        <source>% of the from-class</source>
        <translation>% de la classe de départ</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1213"/>
        <source>% of land cover</source>
        <translation>% de l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>Compared ({})</source>
        <translation>Comparé ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>Changed ({})</source>
        <translation>Changé ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>% changed</source>
        <translation>% changé</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1232"/>
        <source>{} more zones are in the per-zone table.</source>
        <translation>{} zones supplémentaires figurent dans la table par zone.</translation>
    </message>
</context>
<context>
    <name>CLCplusCheck</name>
    <message>
        <location filename="../core/sources/check.py" line="117"/>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="118"/>
        <source>proxy problem</source>
        <translation>problème de proxy</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="119"/>
        <source>certificate (SSL) problem</source>
        <translation>problème de certificat (SSL)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="120"/>
        <source>name not found (DNS)</source>
        <translation>nom introuvable (DNS)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="121"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="122"/>
        <source>no answer (timeout)</source>
        <translation>pas de réponse (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="123"/>
        <source>no credentials</source>
        <translation>identifiants absents</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="124"/>
        <source>login refused</source>
        <translation>identifiants refusés</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="125"/>
        <source>licence not accepted</source>
        <translation>licence non acceptée</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="126"/>
        <source>quota reached</source>
        <translation>quota atteint</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="127"/>
        <source>service down</source>
        <translation>service indisponible</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="128"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="129"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="202"/>
        <source>{} proxy {}:{}</source>
        <translation>proxy {} {}:{}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="203"/>
        <source>{} (the system&apos;s proxy settings)</source>
        <translation>{} (paramètres de proxy du système)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="205"/>
        <source>no proxy (the system&apos;s proxy settings give none for this address)</source>
        <translation>aucun proxy (les paramètres de proxy du système n'en prévoient aucun pour cette adresse)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="207"/>
        <source>no proxy (the address is on QGIS&apos;s list of exceptions)</source>
        <translation>aucun proxy (l'adresse figure dans la liste des exceptions de QGIS)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="208"/>
        <source>no proxy</source>
        <translation>aucun proxy</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="218"/>
        <source>Unknown source &apos;{}&apos;; choose one of {}</source>
        <translation>Source inconnue « {} » ; choisissez parmi {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="375"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="285"/>
        <source>{} itself answers at {}</source>
        <translation>Le service {} répond bien à l'adresse {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="315"/>
        <source>It answers</source>
        <translation>Le service répond</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="317"/>
        <source>Reference years offered: {}</source>
        <translation>Années de référence proposées : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="337"/>
        <source>No mirror given: enter the URL or folder of the mirror</source>
        <translation>Aucun miroir indiqué : saisissez l'URL ou le dossier du miroir</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="345"/>
        <source>The mosaic {} cannot be opened: {}</source>
        <translation>La mosaïque {} ne peut pas être ouverte : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="347"/>
        <source>The mosaic file {} opens ({} x {} pixels)</source>
        <translation>Le fichier de mosaïque {} s'ouvre ({} x {} pixels)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="353"/>
        <source>The folder {} does not exist</source>
        <translation>Le dossier {} n'existe pas</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="355"/>
        <source>The folder {} cannot be read</source>
        <translation>Le dossier {} est illisible</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="357"/>
        <source>The folder {} can be read</source>
        <translation>Le dossier {} est lisible</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="362"/>
        <source>The mirror refuses access (HTTP {}) to {}</source>
        <translation>Le miroir refuse l'accès (HTTP {}) à {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="365"/>
        <source>The mirror answers and has {}</source>
        <translation>Le miroir répond et propose {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="366"/>
        <source>The mirror answers (HTTP {} for {}: it may hold other tiles than this one)</source>
        <translation>Le miroir répond (HTTP {} pour {} : il contient peut-être d'autres tuiles que celle-ci)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="389"/>
        <source>QGIS connects through the {}, which failed: {}. Check the proxy&apos;s address, port and login in {}, or ask your IT department which proxy to use</source>
        <translation>QGIS se connecte via le {}, et cette connexion a échoué : {}. Vérifiez l'adresse, le port et les identifiants du proxy dans {}, ou demandez à votre service informatique quel proxy utiliser</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="394"/>
        <source>The secure connection to {} failed: QGIS does not trust the certificate it was shown ({}). Behind a company proxy that inspects HTTPS, add your organisation's root certificate in Settings › Options › Authentication › Certificate Manager; otherwise check that the computer's date and time are right</source>
        <translation>La connexion sécurisée à {} a échoué : QGIS ne fait pas confiance au certificat présenté ({}). Derrière un proxy d'entreprise qui inspecte le HTTPS, ajoutez le certificat racine de votre organisation dans Préférences › Options › Authentification › Gestion des certificats ; sinon, vérifiez que la date et l'heure de l'ordinateur sont exactes</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="401"/>
        <source>The name {} could not be found (DNS): the computer is offline, or the network needs a proxy that QGIS does not use (QGIS uses {}; proxies are set in {})</source>
        <translation>Le nom {} est introuvable (DNS) : l'ordinateur est hors ligne, ou le réseau exige un proxy que QGIS n'utilise pas (QGIS utilise : {} ; les proxys se règlent dans {})</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="407"/>
        <source>{} did not answer within {:g} s: a firewall may drop the connection, or the network needs a proxy (QGIS uses {}; proxies are set in {})</source>
        <translation>{} n'a pas répondu en {:g} s : un pare-feu rejette peut-être la connexion, ou le réseau exige un proxy (QGIS utilise : {} ; les proxys se règlent dans {})</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="412"/>
        <source>{} could not be reached ({}): a firewall may block it, the service may be down, or the network needs a proxy (QGIS uses {}; proxies are set in {})</source>
        <translation>{} est injoignable ({}) : un pare-feu le bloque peut-être, le service est peut-être indisponible, ou le réseau exige un proxy (QGIS utilise : {} ; les proxys se règlent dans {})</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="419"/>
        <source>The {} asks for a login (HTTP 407): enter the proxy&apos;s user name and password in {}</source>
        <translation>Le {} demande une authentification (HTTP 407) : saisissez le nom d'utilisateur et le mot de passe du proxy dans {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="424"/>
        <source>{} takes no more requests for now (HTTP 429); try again later: {}</source>
        <translation>{} n'accepte plus de requêtes pour le moment (HTTP 429) ; réessayez plus tard : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="428"/>
        <source>{} answers through the {}, but with a server error (HTTP {}): the service is down or overloaded, or the proxy cannot reach it; try again later</source>
        <translation>{} répond via le {}, mais avec une erreur serveur (HTTP {}) : le service est indisponible ou surchargé, ou le proxy ne parvient pas à le joindre ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="432"/>
        <source>{} answers, but with a server error (HTTP {}): the service is down or overloaded; try again later</source>
        <translation>{} répond, mais avec une erreur serveur (HTTP {}) : le service est indisponible ou surchargé ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="437"/>
        <source>{} refused access (HTTP {}): {}</source>
        <translation>{} a refusé l'accès (HTTP {}) : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="440"/>
        <source>{} answered something this plugin cannot use: {}</source>
        <translation>{} a renvoyé une réponse inutilisable pour cette extension : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>In plain words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="463"/>
        <source>CLCplus Backbone: connection check</source>
        <translation>CLCplus Backbone : vérification de la connexion</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="82"/>
        <source>Settings › Options › Network</source>
        <translation>Préférences › Options › Réseau</translation>
    </message>
</context>
<context>
    <name>CLCplusDock</name>
    <message>
        <location filename="../ui/dock.py" line="442"/>
        <source>CLCplus Backbone</source>
        <translation>CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="90"/>
        <source>Copernicus land cover at 10 m. Choose an area and a year, then fetch the map, count the classes or compare two years.</source>
        <translation>Occupation du sol Copernicus à 10 m. Choisissez une zone et une année, puis récupérez la carte, calculez les superficies des classes ou comparez deux années.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="95"/>
        <source>1. Area of interest</source>
        <translation>1. Zone d'intérêt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="113"/>
        <source>2. Years</source>
        <translation>2. Années</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="203"/>
        <source>The year whose map is fetched and counted.</source>
        <translation>L'année dont la carte est récupérée et analysée.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="121"/>
        <source>The year to compare the reference year with (Change page).</source>
        <translation>L'année à comparer avec l'année de référence (onglet Changements).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="125"/>
        <source>Unit of the areas in the tables and charts.</source>
        <translation>Unité des superficies dans les tableaux et les graphiques.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="128"/>
        <source>Reference year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="129"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="130"/>
        <source>Area unit</source>
        <translation>Unité de superficie</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="143"/>
        <source>Fetches the tiles the area needs into the cache (tiles already there are reused) and adds the map of the area, styled, in a group named for the year.</source>
        <translation>Récupère dans le cache les tuiles nécessaires à la zone (les tuiles déjà présentes sont réutilisées) et ajoute la carte symbolisée de la zone dans un groupe portant le nom de l'année.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="40"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="41"/>
        <source>Stop the running task; tiles fetched so far stay in the cache.</source>
        <translation>Arrête la tâche en cours ; les tuiles déjà récupérées restent dans le cache.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="156"/>
        <source>Class areas</source>
        <translation>Superficies par classe</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="157"/>
        <source>Change</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="197"/>
        <source>Fetch &amp;&amp; show {}</source>
        <translation>Récupérer &amp;&amp; afficher {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Compare {} → {}</source>
        <translation>Comparer {} → {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="256"/>
        <source>Finding the tiles of the area…</source>
        <translation>Recherche des tuiles de la zone…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="258"/>
        <source>Tiles of the area</source>
        <translation>Tuiles de la zone</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="272"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="310"/>
        <source>&lt;b&gt;{n} tile(s)&lt;/b&gt; of 100 km for {year}: {ids}</source>
        <translation>&lt;b&gt;{n} tuile(s)&lt;/b&gt; de 100 km pour {year} : {ids}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="314"/>
        <source>Read in place from the mosaic file; nothing to download.</source>
        <translation>Lecture directe dans le fichier de mosaïque ; rien à télécharger.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="316"/>
        <source>All in the cache already: nothing to download.</source>
        <translation>Tout est déjà dans le cache : rien à télécharger.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="318"/>
        <source>{cached} in the cache, {missing} to download (at most about {size} MB; the files are compressed).</source>
        <translation>{cached} dans le cache, {missing} à télécharger (au plus environ {size} Mo ; les fichiers sont compressés).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="324"/>
        <source>{year} comes from {service}, which needs an account: choose your login under Data source.</source>
        <translation>Source pour {year} : {service}, qui nécessite un compte ; choisissez vos identifiants sous « Source de données ».</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="46"/>
        <source>Fetching the {} tiles</source>
        <translation>Récupération des tuiles de {}</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="52"/>
        <source>{}: no mosaic was written; no tile of the area is available.</source>
        <translation>{} : aucune mosaïque n'a été écrite ; aucune tuile de la zone n'est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="57"/>
        <source>Land cover {year} ({area})</source>
        <translation>Occupation du sol {year} ({area})</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="60"/>
        <source>QGIS could not open the mosaic {}.</source>
        <translation>QGIS n'a pas pu ouvrir la mosaïque {}.</translation>
    </message>
    <message>
        <location filename="../ui/dockfiles.py" line="81"/>
        <source>The {} map of the area is missing; fetch it first.</source>
        <translation>La carte {} de la zone manque ; récupérez-la d'abord.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="352"/>
        <source>The {} map of the area is in the layer panel.</source>
        <translation>La carte {} de la zone est dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="84"/>
        <source>{year}, {where}: {area} {unit} of land cover (classes 1–11).</source>
        <translation>{year}, {where} : {area} {unit} d'occupation du sol (classes 1–11).</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="92"/>
        <source>Counting the class areas of {}</source>
        <translation>Calcul des superficies des classes de {}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="361"/>
        <source>Class areas of {} counted.</source>
        <translation>Superficies des classes calculées pour {}.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="121"/>
        <source>{earlier} → {later}, {area}: {changed} {unit} changed class, {pct} % of the {compared} {unit} compared.</source>
        <translation>{earlier} → {later}, {area} : {changed} {unit} ont changé de classe, soit {pct} % des {compared} {unit} comparés.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="128"/>
        <source>Uncertain change: {} {}.</source>
        <translation>Changements incertains : {} {}.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="142"/>
        <source>Change {} → {} ({})</source>
        <translation>Changements {} → {} ({})</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="144"/>
        <source>QGIS could not open the change raster {}.</source>
        <translation>QGIS n'a pas pu ouvrir le raster de changements {}.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="148"/>
        <source>Comparing {} with {}</source>
        <translation>Comparaison de {} avec {}</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="150"/>
        <source>Styling the change layer</source>
        <translation>Symbolisation de la couche de changements</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="370"/>
        <source>{} and {} compared; the change layer is in the layer panel.</source>
        <translation>Comparaison de {} et {} terminée ; la couche de changements est dans le panneau Couches.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="91"/>
        <source>Canceling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="97"/>
        <source>Canceled. Tiles fetched so far stay in the cache.</source>
        <translation>Annulé. Les tuiles déjà récupérées restent dans le cache.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="67"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="103"/>
        <source>Add outlines as a layer</source>
        <translation>Ajouter comme couche</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="104"/>
        <source>The panel draws the tiles on the map without adding anything to the project; this adds them as a layer (tile ids as labels) to keep, style or export.</source>
        <translation>Le panneau dessine les tuiles sur la carte sans rien ajouter au projet ; ceci les ajoute comme couche (identifiants des tuiles en étiquettes) pour les conserver, les styliser ou les exporter.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="82"/>
        <source>Step {n} of {count}: {step}</source>
        <translation>Étape {n} sur {count} : {step}</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="22"/>
        <source>: open Data source in this panel and choose your login under Account (the + button beside it adds one)</source>
        <translation> : ouvrez « Source de données » dans ce panneau et choisissez votre identifiant sous « Compte » (le bouton + à côté en ajoute un)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>{year} comes from {service}, which needs an account, and tiles of the area are not in the cache yet. Open Data source and choose your login under Account (add one with the + button beside it).</source>
        <translation>{year} provient de {service}, qui exige un compte, et des tuiles de la zone ne sont pas encore dans le cache. Ouvrez « Source de données » et choisissez votre identifiant sous « Compte » (ajoutez-en un avec le bouton + à côté).</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="47"/>
        <source>Fetching the {} confidence tiles</source>
        <translation>Récupération des tuiles de confiance de {}</translation>
    </message>
</context>
<context>
    <name>CLCplusFetch</name>
    <message>
        <location filename="../core/cache.py" line="174"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="178"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="203"/>
        <source>{} is in {}, not EPSG:3035</source>
        <translation>{} est en {}, pas en EPSG:3035</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="208"/>
        <source>{} has pixels of {:g} x {:g} m, not {} m</source>
        <translation>{} a des pixels de {:g} x {:g} m, pas de {} m</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="225"/>
        <source>The tile {}</source>
        <translation>La tuile {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="234"/>
        <source>{} is a {} file, not a GeoTIFF</source>
        <translation>{} est un fichier {}, pas un GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="111"/>
        <source>{} has {} bands, not 1</source>
        <translation>{} a {} bandes, pas 1</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="116"/>
        <source>{} holds {} values, not {}</source>
        <translation>{} contient des valeurs de type {}, pas {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="300"/>
        <source>{} is damaged: {}</source>
        <translation>{} est endommagée : {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="273"/>
        <source>{} is truncated: {} bytes where its blocks need {}</source>
        <translation>{} est tronquée : {} octets alors que ses blocs en nécessitent {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="282"/>
        <source>{}: only 8-bit layers are checked</source>
        <translation>{} : seules les couches 8 bits sont vérifiées</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="303"/>
        <source>{} could not be read whole ({} of {} pixels)</source>
        <translation>{} n'a pas pu être lue entièrement ({} pixels sur {})</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="311"/>
        <source>{} has a damaged overview: {}</source>
        <translation>{} a une pyramide endommagée : {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="315"/>
        <source>{} holds values that are not codes of this layer: {}</source>
        <translation>{} contient des valeurs qui ne sont pas des codes de cette couche : {}</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="156"/>
        <source>{} is locked by another fetch; try again when it has finished</source>
        <translation>Le dossier {} est verrouillé par une autre récupération ; réessayez quand elle sera terminée</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="392"/>
        <source>Cannot write into the cache folder {}: {}</source>
        <translation>Impossible d'écrire dans le dossier de cache {} : {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="430"/>
        <source>Cannot put the tile {} into the cache ({}); if it is open in QGIS, remove its layer and try again</source>
        <translation>Impossible de placer la tuile {} dans le cache ({}) ; si elle est ouverte dans QGIS, retirez sa couche et réessayez</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="126"/>
        <source>{} did not answer with JSON (HTTP {}): {}</source>
        <translation>{} n'a pas répondu en JSON (HTTP {}) : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="205"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="351"/>
        <source>{} failed: {}</source>
        <translation>Échec de la requête vers {} : {}</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="347"/>
        <source>timed out after {:g} s without data</source>
        <translation>délai dépassé après {:g} s sans données</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="357"/>
        <source>{} redirects too often</source>
        <translation>{} redirige trop souvent</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="385"/>
        <source>{} closed the connection after {} bytes</source>
        <translation>{} a fermé la connexion après {} octets</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="405"/>
        <source>{} answered HTTP {}: {}</source>
        <translation>{} a répondu HTTP {} : {}</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="399"/>
        <source>{} asks to wait {:.0f} s before trying again (HTTP {}); try again later</source>
        <translation>{} demande d'attendre {:.0f} s avant de réessayer (HTTP {}) ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="410"/>
        <source>{} (gave up after {} attempts)</source>
        <translation>{} (abandon après {} tentatives)</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="416"/>
        <source>{}; trying again in {:.1f} s</source>
        <translation>{} ; nouvel essai dans {:.1f} s</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="527"/>
        <source>{} sent more than {} MB where a short answer was expected</source>
        <translation>{} a envoyé plus de {} Mo alors qu'une réponse courte était attendue</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="36"/>
        <source>a name with a NUL character</source>
        <translation>un nom contenant un caractère NUL</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="39"/>
        <source>an absolute path ({})</source>
        <translation>un chemin absolu ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="41"/>
        <source>a path that climbs out of the folder ({})</source>
        <translation>un chemin qui sort du dossier ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="44"/>
        <source>a link ({})</source>
        <translation>un lien ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="58"/>
        <source>Not a readable zip file: {}</source>
        <translation>Fichier zip illisible : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="63"/>
        <source>The zip holds {} entries; at most {} are accepted</source>
        <translation>Le zip contient {} entrées ; {} au plus sont acceptées</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="69"/>
        <source>The zip was refused: it holds {}</source>
        <translation>Le zip a été refusé : il contient {}</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="87"/>
        <source>The zip would unpack to {:.0f} MB, more than the limit of {:.0f} MB</source>
        <translation>Le zip décompressé ferait {:.0f} Mo, plus que la limite de {:.0f} Mo</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="110"/>
        <source>The zip holds two entries for {}</source>
        <translation>Le zip contient deux entrées pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="140"/>
        <source>The zip entry {} is damaged: {}</source>
        <translation>L'entrée {} du zip est endommagée : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/base.py" line="192"/>
        <source>another fetch put it into the cache meanwhile</source>
        <translation>une autre récupération l'a placée dans le cache entre-temps</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="64"/>
        <source>CLMS download API</source>
        <translation>API de téléchargement CLMS</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="67"/>
        <source>The CLMS API</source>
        <translation>L'API CLMS</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="79"/>
        <source>The CLMS token service failed: {}</source>
        <translation>Échec du service de jetons CLMS : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="85"/>
        <source>The CLMS API gave no access token</source>
        <translation>L'API CLMS n'a fourni aucun jeton d'accès</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_catalogue.py" line="177"/>
        <source>The CLMS catalogue lists no CLCplus Backbone {} {} raster to download; try WEkEO</source>
        <translation>Le catalogue CLMS ne propose aucun raster CLCplus Backbone {} ({}) à télécharger ; essayez WEkEO</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="189"/>
        <source>The CLMS API accepted no data request: {}</source>
        <translation>L'API CLMS n'a accepté aucune demande de données : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="242"/>
        <source>the CLMS API delivered no raster covering {}</source>
        <translation>l'API CLMS n'a livré aucun raster couvrant {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="237"/>
        <source>The CLMS task {} finished without a download address</source>
        <translation>La tâche CLMS {} s'est terminée sans adresse de téléchargement</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="245"/>
        <source>The CLMS task {} ended as &apos;{}&apos;: {}</source>
        <translation>La tâche CLMS {} s'est terminée avec l'état « {} » : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="250"/>
        <source>The CLMS task {} was still &apos;{}&apos; after {:.0f} min; try again later</source>
        <translation>La tâche CLMS {} était toujours à l'état « {} » après {:.0f} min ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="93"/>
        <source>The delivered raster {}</source>
        <translation>Le raster livré {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="97"/>
        <source>{} cannot be opened: {}</source>
        <translation>{} ne peut pas être ouvert : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/common.py" line="51"/>
        <source>The zip holds no file {}</source>
        <translation>Le zip ne contient aucun fichier {}</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="33"/>
        <source>The QGIS authentication system is not available: {}</source>
        <translation>Le système d'authentification de QGIS n'est pas disponible : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="37"/>
        <source>There is no authentication configuration with the id &apos;{}&apos;</source>
        <translation>Il n'existe aucune configuration d'authentification avec l'identifiant « {} »</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="43"/>
        <source>The authentication configuration &apos;{}&apos; could not be read; check that the QGIS master password is set</source>
        <translation>La configuration d'authentification « {} » n'a pas pu être lue ; vérifiez que le mot de passe principal de QGIS est défini</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="55"/>
        <source>The authentication configuration &apos;{}&apos; ({}) must be of the method &apos;Basic&apos; with a user name and a password for {}</source>
        <translation>La configuration d'authentification « {} » ({}) doit utiliser la méthode « Basic » avec un nom d'utilisateur et un mot de passe pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="71"/>
        <source>The authentication configuration &apos;{}&apos; ({}) does not hold a CLMS service key: paste the whole JSON of the key (with client_id, user_id, token_uri and private_key) as its password, or store it with the plugin</source>
        <translation>La configuration d'authentification « {} » ({}) ne contient pas de clé de service CLMS : collez le JSON complet de la clé (avec client_id, user_id, token_uri et private_key) comme mot de passe, ou enregistrez-la avec l'extension</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="84"/>
        <source>This is not the JSON of a CLMS service key</source>
        <translation>Ce n'est pas le JSON d'une clé de service CLMS</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="88"/>
        <source>The service key lacks {}</source>
        <translation>Il manque {} dans la clé de service</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="99"/>
        <source>The service key could not be stored; set the QGIS master password first</source>
        <translation>La clé de service n'a pas pu être enregistrée ; définissez d'abord le mot de passe principal de QGIS</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="70"/>
        <source>Unknown source &apos;{}&apos;; choose one of {}</source>
        <translation>Source inconnue « {} » ; choisissez parmi {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="149"/>
        <source>{} has no {} layer for {}</source>
        <translation>{} n'a pas de couche {} pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="108"/>
        <source>{} of {} tile(s) from {}: {}</source>
        <translation>{} tuile(s) sur {} depuis {} : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="123"/>
        <source>{} answered something unexpected ({}: {}); try again later or choose another source</source>
        <translation>{} a répondu de façon inattendue ({} : {}) ; réessayez plus tard ou choisissez une autre source</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="136"/>
        <source>not fetched</source>
        <translation>non récupérée</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="174"/>
        <source>The mosaic {} cannot be opened: {}</source>
        <translation>La mosaïque {} ne peut pas être ouverte : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="180"/>
        <source>The mosaic</source>
        <translation>La mosaïque</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="184"/>
        <source>The mosaic {} is not aligned on the 10 m grid</source>
        <translation>La mosaïque {} n'est pas alignée sur la grille de 10 m</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="188"/>
        <source>The mosaic {} is not a one-band {} raster</source>
        <translation>La mosaïque {} n'est pas un raster {} à une bande</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="198"/>
        <source>outside the mosaic</source>
        <translation>hors de la mosaïque</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="271"/>
        <source>No tile of the area of interest is available, so there is no mosaic to write</source>
        <translation>Aucune tuile de la zone d'intérêt n'est disponible : il n'y a pas de mosaïque à écrire</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="290"/>
        <source>The area of interest does not overlap the available tiles</source>
        <translation>La zone d'intérêt ne chevauche pas les tuiles disponibles</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="306"/>
        <source>GDAL could not write the mosaic {}</source>
        <translation>GDAL n'a pas pu écrire la mosaïque {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="319"/>
        <source>The mosaic is written as .vrt (a window onto the tiles) or .tif (a copy); not as {}</source>
        <translation>La mosaïque s'écrit en .vrt (une fenêtre sur les tuiles) ou en .tif (une copie), pas en {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="106"/>
        <source>EEA ImageServer</source>
        <translation>ImageServer de l'AEE</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="174"/>
        <source>The ImageServer description</source>
        <translation>La description de l'ImageServer</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="184"/>
        <source>outside the ImageServer&apos;s extent</source>
        <translation>hors de l'emprise de l'ImageServer</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="232"/>
        <source>The ImageServer at {} has {} m pixels, not 10 m</source>
        <translation>L'ImageServer à l'adresse {} a des pixels de {} m, pas de 10 m</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="236"/>
        <source>The ImageServer at {} describes no usable extent</source>
        <translation>L'ImageServer à l'adresse {} ne décrit aucune emprise utilisable</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="266"/>
        <source>The ImageServer&apos;s answer for {}</source>
        <translation>La réponse de l'ImageServer pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="270"/>
        <source>The ImageServer answered text instead of an image for {}</source>
        <translation>L'ImageServer a répondu par du texte au lieu d'une image pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="272"/>
        <source>The ImageServer window {},{} of {}</source>
        <translation>La fenêtre {},{} de l'ImageServer pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="276"/>
        <source>{} is not an image GDAL can open: {}</source>
        <translation>{} n'est pas une image que GDAL peut ouvrir : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="280"/>
        <source>{} is {} x {} pixels, not the {} x {} asked for</source>
        <translation>{} fait {} x {} pixels, au lieu des {} x {} demandés</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="395"/>
        <source>{} is not JSON</source>
        <translation>{} n'est pas du JSON</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="397"/>
        <source>{} is not a JSON object</source>
        <translation>{} n'est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="404"/>
        <source>{}: the service reports an error: {}</source>
        <translation>{} : le service signale une erreur : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="79"/>
        <source>The service key&apos;s private key cannot be read: {}</source>
        <translation>La clé privée de la clé de service est illisible : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="82"/>
        <source>The service key&apos;s private key is not an RSA key; RS256 needs one. Create a new service key in your CLMS profile.</source>
        <translation>La clé privée de la clé de service n'est pas une clé RSA ; RS256 en exige une. Créez une nouvelle clé de service dans votre profil CLMS.</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="90"/>
        <source>This QGIS&apos;s Python has no &apos;cryptography&apos; module, and the built-in signer reads only unencrypted RSA keys in PEM form ({}). Install &apos;cryptography&apos; into the Python of QGIS (OSGeo4W installer: package python3-cryptography; Debian/Ubuntu: apt install python3-cryptography; elsewhere: python -m pip install cryptography with the Python QGIS uses), restart QGIS and try again. The other sources work without it.</source>
        <translation>Le Python de ce QGIS n'a pas le module « cryptography », et le signataire intégré ne lit que les clés RSA non chiffrées au format PEM ({}). Installez « cryptography » dans le Python de QGIS (installateur OSGeo4W : paquet python3-cryptography ; Debian/Ubuntu : apt install python3-cryptography ; ailleurs : python -m pip install cryptography avec le Python utilisé par QGIS), redémarrez QGIS et réessayez. Les autres sources fonctionnent sans ce module.</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="129"/>
        <source>no PEM block found</source>
        <translation>aucun bloc PEM trouvé</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="132"/>
        <source>this key is encrypted</source>
        <translation>cette clé est chiffrée</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="137"/>
        <source>the PEM block is damaged</source>
        <translation>le bloc PEM est endommagé</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="152"/>
        <source>the key is not an RSA key</source>
        <translation>la clé n'est pas une clé RSA</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="156"/>
        <source>a &apos;{}&apos; block is not an RSA private key</source>
        <translation>un bloc « {} » n'est pas une clé privée RSA</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="165"/>
        <source>the key could not be parsed</source>
        <translation>la clé n'a pas pu être analysée</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="175"/>
        <source>The service key&apos;s RSA key is too short</source>
        <translation>La clé RSA de la clé de service est trop courte</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="183"/>
        <source>The service key&apos;s RSA key is inconsistent; create a new one</source>
        <translation>La clé RSA de la clé de service est incohérente ; créez-en une nouvelle</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="53"/>
        <source>Mirror or folder</source>
        <translation>Miroir ou dossier</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="57"/>
        <source>The mirror source needs a URL or a folder (a template with {year} and {tile} is allowed), or a local mosaic file</source>
        <translation>La source miroir nécessite une URL ou un dossier (un modèle avec {year} et {tile} est accepté), ou un fichier de mosaïque local</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="62"/>
        <source>The folder or file {} does not exist</source>
        <translation>Le dossier ou fichier {} n'existe pas</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="115"/>
        <source>not found at {}</source>
        <translation>introuvable dans {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="61"/>
        <source>WEkEO Harmonised Data Access</source>
        <translation>WEkEO Harmonised Data Access</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="71"/>
        <source>WEkEO</source>
        <translation>WEkEO</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="87"/>
        <source>WEkEO&apos;s token service failed: {}</source>
        <translation>Échec du service de jetons de WEkEO : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="92"/>
        <source>WEkEO gave no access token</source>
        <translation>WEkEO n'a fourni aucun jeton d'accès</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="262"/>
        <source>WEkEO has no {} tile {}</source>
        <translation>WEkEO ne propose pas en {} la tuile {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="299"/>
        <source>WEkEO accepted no order for {}</source>
        <translation>WEkEO n'a accepté aucune commande pour {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="308"/>
        <source>WEkEO was still preparing {} after {:.0f} min; try again later</source>
        <translation>WEkEO préparait encore {} après {:.0f} min ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="212"/>
        <source>{} covers x {:.0f}–{:.0f}, y {:.0f}–{:.0f}, not the expected x {:.0f}–{:.0f}, y {:.0f}–{:.0f}</source>
        <translation>{} couvre x {:.0f}–{:.0f}, y {:.0f}–{:.0f}, au lieu de x {:.0f}–{:.0f}, y {:.0f}–{:.0f} attendus</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="92"/>
        <source>The CLMS API refused the service key (HTTP {}: {}); create a new key in your CLMS profile (land.copernicus.eu › My profile › API tokens) and store it again</source>
        <translation>L'API CLMS a refusé la clé de service (HTTP {} : {}) ; créez une nouvelle clé dans votre profil CLMS (land.copernicus.eu › My profile › API tokens) et enregistrez-la à nouveau</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="28"/>
        <source>{} needs an authentication configuration: add one in Settings › Options › Authentication and choose it in this tool</source>
        <translation>{} nécessite une configuration d'authentification : ajoutez-en une dans Préférences › Options › Authentification et choisissez-la dans cet outil</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="83"/>
        <source>WEkEO refused the user name or password of the chosen authentication configuration (HTTP {}); check them at wekeo.eu and in Settings › Options › Authentication</source>
        <translation>WEkEO a refusé le nom d'utilisateur ou le mot de passe de la configuration d'authentification choisie (HTTP {}) ; vérifiez-les sur wekeo.eu et dans Préférences › Options › Authentification</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="378"/>
        <source>The cached tile {}</source>
        <translation>La tuile {} en cache</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="161"/>
        <source>process {} on this computer</source>
        <translation>processus {} sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="163"/>
        <source>process {} on the computer {}</source>
        <translation>processus {} sur l'ordinateur {}</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="165"/>
        <source>{} is locked by another fetch ({}, since {}); try again when it has finished, or end that QGIS if it hangs</source>
        <translation>{} est verrouillé par une autre récupération ({}, depuis {}) ; réessayez quand elle sera terminée, ou fermez ce QGIS s'il est bloqué</translation>
    </message>
    <message>
        <location filename="../core/filesink.py" line="181"/>
        <source>no text</source>
        <translation>aucun texte</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="200"/>
        <source>{} is not an http or https address; only those are downloaded</source>
        <translation>{} n'est pas une adresse http ou https ; seules ces adresses sont téléchargées</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="212"/>
        <source>{} redirects to {}, which is not an http or https address; the redirect was not followed. Check the address, or tell the server&apos;s operator</source>
        <translation>{} redirige vers {}, qui n'est pas une adresse http ou https ; la redirection n'a pas été suivie. Vérifiez l'adresse ou prévenez l'exploitant du serveur</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="217"/>
        <source>{} redirects from https to the unencrypted address {}; the redirect was not followed (the download could be read or changed on the way). Check the address, or tell the server&apos;s operator</source>
        <translation>{} redirige de https vers l'adresse non chiffrée {} ; la redirection n'a pas été suivie (le téléchargement pourrait être lu ou modifié en chemin). Vérifiez l'adresse ou prévenez l'exploitant du serveur</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="332"/>
        <source>{} sends more than the {} MB allowed for this download ({} MB); check that the address points to a tile</source>
        <translation>{} envoie plus que les {} Mo autorisés pour ce téléchargement ({} Mo) ; vérifiez que l'adresse pointe vers une tuile</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="350"/>
        <source>{} after {} bytes</source>
        <translation>{} après {} octets</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="362"/>
        <source>{} redirects the sign-in to another server ({}); the credentials were not sent there</source>
        <translation>{} redirige l'authentification vers un autre serveur ({}) ; les identifiants n'y ont pas été envoyés</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="380"/>
        <source>{} sent a partial answer that does not fit the part asked for; downloading it again from the start</source>
        <translation>{} a envoyé une réponse partielle qui ne correspond pas à la partie demandée ; nouveau téléchargement depuis le début</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="101"/>
        <source>{} cannot be read: {}</source>
        <translation>{} est illisible : {}</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="109"/>
        <source>{} has {} bytes where {} were installed: it was cut short or changed</source>
        <translation>{} fait {} octets alors que {} avaient été installés : le fichier a été tronqué ou modifié</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="143"/>
        <source>{} changed since it was installed (its content no longer matches)</source>
        <translation>{} a changé depuis son installation (son contenu ne correspond plus)</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="184"/>
        <source>{} is not a raster GDAL can open ({})</source>
        <translation>{} n'est pas un raster que GDAL peut ouvrir ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="81"/>
        <source>The zip entry {} would be {:.0f} MB, more than the limit of {:.0f} MB; the zip was refused before unpacking</source>
        <translation>L'entrée {} du zip ferait {:.0f} Mo, plus que la limite de {:.0f} Mo ; le zip a été refusé avant décompression</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="134"/>
        <source>The zip entry {} unpacks to more than it declares ({} bytes); refused</source>
        <translation>L'entrée {} du zip se décompresse en plus que ce qu'elle déclare ({} octets) ; refusée</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="104"/>
        <source>The CLMS API refused the sign-in because your computer&apos;s clock is wrong (it says: {}); correct the clock (set the time automatically) and try again</source>
        <translation>L'API CLMS a refusé la connexion, car l'horloge de votre ordinateur est déréglée (message : {}) ; corrigez l'horloge (réglage automatique de l'heure) et réessayez</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="119"/>
        <source>Signed in: the CLMS API accepted the service key</source>
        <translation>Connecté : l'API CLMS a accepté la clé de service</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="161"/>
        <source>The CLMS API refused the data request: {}</source>
        <translation>L'API CLMS a refusé la demande de données : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="165"/>
        <source>The CLMS task {} for the same tiles never started; deleting it</source>
        <translation>La tâche CLMS {} pour les mêmes tuiles n'a jamais démarré ; suppression de la tâche</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="172"/>
        <source>The CLMS API already prepares {} (task {}); waiting for it instead of asking again</source>
        <translation>L'API CLMS prépare déjà {} (tâche {}) ; attente de cette tâche au lieu d'une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="194"/>
        <source>The CLMS API refuses the request as a duplicate of an earlier one it does not list; wait a few minutes and try again, or cancel your earlier requests on land.copernicus.eu (My downloads)</source>
        <translation>L'API CLMS refuse la demande comme doublon d'une demande antérieure qu'elle ne liste pas ; attendez quelques minutes et réessayez, ou annulez vos demandes antérieures sur land.copernicus.eu (My downloads)</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="229"/>
        <source>The CLMS API no longer knows task {}; try again</source>
        <translation>L'API CLMS ne connaît plus la tâche {} ; réessayez</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="241"/>
        <source>The CLMS task {} was cancelled (on land.copernicus.eu or by another program); try again</source>
        <translation>La tâche CLMS {} a été annulée (sur land.copernicus.eu ou par un autre programme) ; réessayez</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="284"/>
        <source>The CLMS task {} could not be deleted: {}</source>
        <translation>La tâche CLMS {} n'a pas pu être supprimée : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="287"/>
        <source>Deleted the CLMS task {}</source>
        <translation>Tâche CLMS {} supprimée</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="331"/>
        <source>Your computer&apos;s clock is {} s ahead; correct it (set the time automatically). The CLMS API refuses sign-ins from a clock more than a minute ahead, so the plugin used the CLMS server&apos;s time this time.</source>
        <translation>L'horloge de votre ordinateur avance de {} s ; corrigez-la (réglage automatique de l'heure). L'API CLMS refuse les connexions d'une horloge en avance de plus d'une minute : l'extension a donc utilisé cette fois l'heure du serveur CLMS.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="334"/>
        <source>Your computer&apos;s clock is {} s behind; correct it (set the time automatically). The CLMS API refuses sign-ins from a clock more than an hour behind, so the plugin used the CLMS server&apos;s time this time.</source>
        <translation>L'horloge de votre ordinateur retarde de {} s ; corrigez-la (réglage automatique de l'heure). L'API CLMS refuse les connexions d'une horloge en retard de plus d'une heure : l'extension a donc utilisé cette fois l'heure du serveur CLMS.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="339"/>
        <source>The CLMS API refused the sign-in ({}): your computer&apos;s clock is {} s ahead; correct it (set the time automatically) and try again</source>
        <translation>L'API CLMS a refusé la connexion ({}) : l'horloge de votre ordinateur avance de {} s ; corrigez-la (réglage automatique de l'heure) et réessayez</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="341"/>
        <source>The CLMS API refused the sign-in ({}): your computer&apos;s clock is {} s behind; correct it (set the time automatically) and try again</source>
        <translation>L'API CLMS a refusé la connexion ({}) : l'horloge de votre ordinateur retarde de {} s ; corrigez-la (réglage automatique de l'heure) et réessayez</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="123"/>
        <source>{} is off the product&apos;s 10 m grid (by {:.3g} of a pixel): it was resampled, and the plugin does not resample. Try WEkEO for this tile.</source>
        <translation>{} est décalé par rapport à la grille de 10 m du produit (de {:.3g} pixel) : il a été rééchantillonné, et l'extension ne rééchantillonne pas. Essayez WEkEO pour cette tuile.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="160"/>
        <source>The CLMS API delivered only {:.1f} % of the tile: x {:.0f}–{:.0f}, y {:.0f}–{:.0f} is missing. Nothing was kept; try again later, or use WEkEO.</source>
        <translation>L'API CLMS n'a livré que {:.1f} % de la tuile : x {:.0f}–{:.0f}, y {:.0f}–{:.0f} manque. Rien n'a été conservé ; réessayez plus tard ou utilisez WEkEO.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="219"/>
        <source>The files the CLMS API delivered disagree where they overlap ({}); nothing was kept. Try again later, or use WEkEO.</source>
        <translation>Les fichiers livrés par l'API CLMS divergent là où ils se chevauchent ({}) ; rien n'a été conservé. Réessayez plus tard ou utilisez WEkEO.</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="160"/>
        <source>{}; it was removed from the cache and is fetched again</source>
        <translation>{} ; la tuile a été retirée du cache et va être récupérée à nouveau</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="132"/>
        <source>The ImageServer&apos;s list of services</source>
        <translation>La liste des services de l'ImageServer</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="157"/>
        <source>The list of services could not be read: {}</source>
        <translation>La liste des services n'a pas pu être lue : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="165"/>
        <source>The {} service answered: EPSG:3035, 10 m pixels, up to {} x {} pixels a request</source>
        <translation>Le service {} a répondu : EPSG:3035, pixels de 10 m, jusqu'à {} x {} pixels par requête</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="189"/>
        <source>The ImageServer at {} allows only {} x {} pixels a request, so one tile would take {} requests (the plugin makes at most {})</source>
        <translation>L'ImageServer à l'adresse {} n'autorise que {} x {} pixels par requête : une tuile demanderait donc {} requêtes (l'extension en effectue au plus {})</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="226"/>
        <source>The ImageServer at {} is in {}, not EPSG:3035</source>
        <translation>L'ImageServer à l'adresse {} utilise {}, et non EPSG:3035</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="243"/>
        <source>The ImageServer at {} describes an unusable image size limit (maxImageWidth {}, maxImageHeight {})</source>
        <translation>L'ImageServer à l'adresse {} décrit une taille d'image maximale inutilisable (maxImageWidth {}, maxImageHeight {})</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="285"/>
        <source>{} holds {} values, not the 8-bit values asked for</source>
        <translation>{} contient des valeurs de type {}, et non les valeurs 8 bits demandées</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="325"/>
        <source>{}; try again later, or choose another data source, such as WEkEO or a mirror</source>
        <translation>{} ; réessayez plus tard ou choisissez une autre source de données, comme WEkEO ou un miroir</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="383"/>
        <source>an undescribed CRS</source>
        <translation>un SCR non décrit</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="127"/>
        <source>Accept the licence {} once: at wekeo.eu (your profile › Terms and conditions), or tick 'Accept the Copernicus licence on WEkEO' in this tool</source>
        <translation>Acceptez une fois la licence {} : sur wekeo.eu (votre profil › Terms and conditions), ou cochez « Accepter la licence Copernicus sur WEkEO » dans cet outil</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="133"/>
        <source>Accepted the licence {} on WEkEO</source>
        <translation>Licence {} acceptée sur WEkEO</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="174"/>
        <source>Signed in: WEkEO gave an access token</source>
        <translation>Connecté : WEkEO a fourni un jeton d'accès</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="177"/>
        <source>The account has not accepted the licence {} that {} requires: accept it once at wekeo.eu (your profile › Terms and conditions), or tick 'Accept the Copernicus licence on WEkEO' when fetching</source>
        <translation>Le compte n'a pas accepté la licence {} qu'exige {} : acceptez-la une fois sur wekeo.eu (votre profil › Terms and conditions), ou cochez « Accepter la licence Copernicus sur WEkEO » lors de la récupération</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="182"/>
        <source>The licence of {} is accepted</source>
        <translation>La licence de {} est acceptée</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="189"/>
        <source>The dataset&apos;s query options could not be read ({}), so its years are not known</source>
        <translation>Les options de requête du jeu de données n'ont pas pu être lues ({}) : ses années sont donc inconnues</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="235"/>
        <source>use the EEA ImageServer, or a local copy of the mosaic with the mirror source</source>
        <translation>utilisez l'ImageServer de l'AEE, ou une copie locale de la mosaïque avec la source miroir</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="238"/>
        <source>use the CLMS download API source (it cuts the tiles out of the pan-European file), or download that file once from land.copernicus.eu and choose it in the mirror source</source>
        <translation>utilisez la source API de téléchargement CLMS (elle découpe les tuiles dans le fichier paneuropéen), ou téléchargez une fois ce fichier depuis land.copernicus.eu et choisissez-le dans la source miroir</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="243"/>
        <source>WEkEO offers the {} {} layer only as a pan-European file, not as tiles; {}</source>
        <translation>WEkEO ne propose la couche {} {} que sous forme de fichier paneuropéen, pas en tuiles ; {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="246"/>
        <source>WEkEO lists no {} {} layer; {}</source>
        <translation>WEkEO ne liste aucune couche {} {} ; {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="265"/>
        <source>WEkEO&apos;s search stopped after {} of {} results and did not list {}; try again later</source>
        <translation>La recherche de WEkEO s'est arrêtée après {} résultats sur {} sans lister {} ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="283"/>
        <source>{}. No tile was fetched yet: run the same fetch again then</source>
        <translation>{}. Aucune tuile n'a encore été récupérée : relancez alors la même récupération</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="286"/>
        <source>{}. The {} tile(s) fetched before are kept in the cache: run the same fetch again then and it goes on with the {} missing</source>
        <translation>{}. Les {} tuile(s) déjà récupérée(s) restent dans le cache : relancez alors la même récupération, elle reprendra avec les {} manquantes</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="93"/>
        <source>{} (in {} min)</source>
        <translation>{} (dans {} min)</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="102"/>
        <source>WEkEO takes no more requests for now (HTTP 429, quota: {} orders an hour); you can go on from {}</source>
        <translation>WEkEO n'accepte plus de requêtes pour le moment (HTTP 429, quota : {} commandes par heure) ; vous pourrez reprendre à partir de {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="105"/>
        <source>WEkEO takes no more requests for now (HTTP 429, quota: {} orders an hour, each counted for one hour); you can go on within the hour</source>
        <translation>WEkEO n'accepte plus de requêtes pour le moment (HTTP 429, quota : {} commandes par heure, chacune comptée pendant une heure) ; vous pourrez reprendre d'ici une heure</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="134"/>
        <source>WEkEO is busy (HTTP 429); trying again in {:.1f} s</source>
        <translation>WEkEO est surchargé (HTTP 429) ; nouvel essai dans {:.1f} s</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="175"/>
        <source>WEkEO refused access even with a new token (HTTP {}: {}): the account may not be allowed to use this dataset or its terms; log in at wekeo.eu to check, then try again</source>
        <translation>WEkEO a refusé l'accès même avec un nouveau jeton (HTTP {} : {}) : le compte n'est peut-être pas autorisé à utiliser ce jeu de données ou ses conditions ; connectez-vous sur wekeo.eu pour vérifier, puis réessayez</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="195"/>
        <source>WEkEO stayed busy (HTTP 429) after {} attempts; try again later</source>
        <translation>WEkEO est resté surchargé (HTTP 429) après {} tentatives ; réessayez plus tard</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="107"/>
        <source>The EEA ImageServer could not say which years it serves ({}); trying WEkEO</source>
        <translation>L'ImageServer de l'AEE n'a pas pu indiquer les années qu'il diffuse ({}) ; essai avec WEkEO</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="130"/>
        <source>{} did not say which years it offers ({}); trying {} anyway</source>
        <translation>{} n'a pas indiqué les années proposées ({}) ; essai de {} malgré tout</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="136"/>
        <source>{} offers {}, a year newer than this plugin&apos;s product facts: {}</source>
        <translation>{} propose {}, une année plus récente que les informations produit de cette extension : {}</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="144"/>
        <source>{} does not offer CLCplus Backbone {} (yet); it offers: {}. Try again once the year is published there, or choose another source</source>
        <translation>{} ne propose pas (encore) CLCplus Backbone {} ; années proposées : {}. Réessayez une fois l'année publiée sur ce service, ou choisissez une autre source</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="177"/>
        <source>{} is a web page, not a GeoTIFF (“{}”): the server sent an error or sign-in page instead of the file</source>
        <translation>{} est une page web, pas un GeoTIFF (« {} ») : le serveur a envoyé une page d'erreur ou de connexion au lieu du fichier</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="180"/>
        <source>{} is text, not a GeoTIFF (“{}”): the server sent a message instead of the file</source>
        <translation>{} est du texte, pas un GeoTIFF (« {} ») : le serveur a envoyé un message au lieu du fichier</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="95"/>
        <source>All {} tile(s) are in the cache: no request made</source>
        <translation>Les {} tuile(s) sont toutes dans le cache : aucune requête</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="235"/>
        <source>{} of {} tile(s) done</source>
        <translation>{} tuile(s) sur {} terminée(s)</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="127"/>
        <source>{} sent a web page instead of the tile (“{}”); check the mirror's address, and whether it needs a sign-in</source>
        <translation>{} a envoyé une page web au lieu de la tuile (« {} ») ; vérifiez l'adresse du miroir et s'il exige une authentification</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="130"/>
        <source>{} sent text instead of the tile (“{}”); check the mirror's address</source>
        <translation>{} a envoyé du texte au lieu de la tuile (« {} ») ; vérifiez l'adresse du miroir</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="143"/>
        <source>no year</source>
        <translation>aucune année</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="238"/>
        <source>{} of {} MB</source>
        <translation>{} sur {} Mo</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="66"/>
        <source>the mirror</source>
        <translation>le miroir</translation>
    </message>
</context>
<context>
    <name>CLCplusGrid</name>
    <message>
        <location filename="../core/grid.py" line="43"/>
        <source>Part of the area of interest lies in {names}: CLCplus Backbone maps the French overseas departments as national mosaics in their own UTM projection, not on the 100 km grid of Europe, so that part is left out here.</source>
        <translation>Une partie de la zone d'intérêt se trouve en outre-mer : {names}. CLCplus Backbone cartographie les départements français d'outre-mer sous forme de mosaïques nationales dans leur propre projection UTM, et non sur la grille européenne de 100 km ; cette partie est donc ignorée ici.</translation>
    </message>
    <message>
        <location filename="../core/grid.py" line="48"/>
        <source>The area of interest lies in {names}: CLCplus Backbone maps the French overseas departments as national mosaics in their own UTM projection, not on the 100 km grid of Europe, so this tool cannot fetch tiles there.</source>
        <translation>La zone d'intérêt se trouve en outre-mer : {names}. CLCplus Backbone cartographie les départements français d'outre-mer sous forme de mosaïques nationales dans leur propre projection UTM, et non sur la grille européenne de 100 km ; cet outil ne peut donc pas y récupérer de tuiles.</translation>
    </message>
    <message>
        <location filename="../core/grid.py" line="52"/>
        <source>Download the department&apos;s mosaic from WEkEO (dataset EO:EEA:DAT:CLC-PLUS; for 2023 named like {files}) or from land.copernicus.eu, then count its classes or compare years on it with the Class areas and Change tools: areas come from its 10 m pixels; UTM is not equal-area, but within a department the error stays below 0.1 % (0.35 % at the western edge of French Guiana).</source>
        <translation>Téléchargez la mosaïque du département depuis WEkEO (jeu de données EO:EEA:DAT:CLC-PLUS ; pour 2023, nommée comme {files}) ou depuis land.copernicus.eu, puis calculez les superficies de ses classes ou comparez des années avec les outils « Superficies par classe » et « Changements entre années » : les superficies proviennent de ses pixels de 10 m ; l'UTM n'est pas une projection équivalente, mais à l'intérieur d'un département l'erreur reste inférieure à 0,1 % (0,35 % à la limite ouest de la Guyane).</translation>
    </message>
</context>
<context>
    <name>CLCplusLayers</name>
    <message>
        <location filename="../ui/layers.py" line="57"/>
        <source>CLCplus tiles of the area</source>
        <translation>Tuiles CLCplus de la zone</translation>
    </message>
    <message>
        <location filename="../ui/layers.py" line="103"/>
        <source>CLCplus Backbone {}</source>
        <translation>CLCplus Backbone {}</translation>
    </message>
    <message>
        <location filename="../ui/layers.py" line="107"/>
        <source>CLCplus Backbone {} → {}</source>
        <translation>CLCplus Backbone {} → {}</translation>
    </message>
</context>
<context>
    <name>CLCplusPlugin</name>
    <message>
        <location filename="../plugin.py" line="119"/>
        <source>CLCplus Backbone</source>
        <translation>CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>CLCplus Backbone: fetch, count and compare Copernicus land cover</source>
        <translation>CLCplus Backbone : récupérer, quantifier et comparer l'occupation du sol Copernicus</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Show or hide the CLCplus Backbone panel</source>
        <translation>Afficher ou masquer le panneau CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="70"/>
        <source>Apply CLCplus legend</source>
        <translation>Appliquer la légende CLCplus</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="89"/>
        <source>CLCplus legend</source>
        <translation>Légende CLCplus</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="89"/>
        <source>{} styled with {} legend entries</source>
        <translation>Couche {} symbolisée avec {} entrées de légende</translation>
    </message>
</context>
<context>
    <name>CLCplusProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="49"/>
        <source>CLCplus Backbone</source>
        <translation>CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="52"/>
        <source>CLCplus Backbone land cover (Copernicus, 10 m)</source>
        <translation>Occupation du sol CLCplus Backbone (Copernicus, 10 m)</translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="49"/>
        <source>{} feature(s) lie outside the CLCplus Backbone grid ({}) and were skipped</source>
        <translation>{} entité(s) en dehors de la grille CLCplus Backbone ({}) ont été ignorée(s)</translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="58"/>
        <source>No feature of the area-of-interest layer overlaps the CLCplus Backbone grid ({}); check the layer&apos;s coordinate reference system</source>
        <translation>Aucune entité de la couche de zone d'intérêt ne chevauche la grille CLCplus Backbone ({}) ; vérifiez le système de coordonnées de référence de la couche</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="42"/>
        <source>The CLCplus legend was not applied: {}</source>
        <translation>La légende CLCplus n'a pas été appliquée : {}</translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="90"/>
        <source>The zone layer has no polygon; choose a layer with polygons or leave it empty.</source>
        <translation>La couche de zones ne contient aucun polygone ; choisissez une couche de polygones ou laissez le champ vide.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="48"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="68"/>
        <source>The tile {} in the tile cache is damaged or incomplete ({}). Fetch it again with clcplus:fetchtiles (Fetch tiles of an area), which notices the damage and downloads the tile anew; if this message comes back, tick &apos;Download again even if cached&apos; there.</source>
        <translation>La tuile {} du cache de tuiles est endommagée ou incomplète ({}). Récupérez-la à nouveau avec clcplus:fetchtiles (Récupérer les tuiles d'une zone), qui détecte le dommage et télécharge de nouveau la tuile ; si ce message réapparaît, cochez-y « Télécharger à nouveau même si en cache ».</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="73"/>
        <source>Cannot read the raster {}: it is damaged or incomplete ({}). Check the file (for instance with gdalinfo -checksum) and replace it with a good copy.</source>
        <translation>Impossible de lire le raster {} : il est endommagé ou incomplet ({}). Vérifiez le fichier (par exemple avec gdalinfo -checksum) et remplacez-le par une copie saine.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="85"/>
        <source>{} is a folder: give a file name</source>
        <translation>{} est un dossier : indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="90"/>
        <source>Cannot write {}: {} is a file, not a folder; choose another folder</source>
        <translation>Impossible d'écrire {} : {} est un fichier, pas un dossier ; choisissez un autre dossier</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="94"/>
        <source>Cannot write {}: the folder {} does not exist; create it, or choose a folder that exists</source>
        <translation>Impossible d'écrire {} : le dossier {} n'existe pas ; créez-le ou choisissez un dossier existant</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="98"/>
        <source>Cannot write {}: the folder {} is read-only; choose a folder you can write to</source>
        <translation>Impossible d'écrire {} : le dossier {} est en lecture seule ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="102"/>
        <source>Cannot write {}: the file is read-only; choose another file name, or make it writable</source>
        <translation>Impossible d'écrire {} : le fichier est en lecture seule ; choisissez un autre nom de fichier ou rendez-le modifiable</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="109"/>
        <source>Could not write {} ({}); choose a folder you can write to, with enough free space</source>
        <translation>Impossible d'écrire {} ({}) ; choisissez un dossier où vous pouvez écrire et qui dispose de suffisamment d'espace libre</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="151"/>
        <source>Known: {}; a later year works once the chosen source publishes it.</source>
        <translation>Années connues : {} ; une année ultérieure fonctionne dès que la source choisie la publie.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="178"/>
        <source>The extent {} is empty (it has no width or no height): give a rectangle with an area, or leave the extent empty</source>
        <translation>L'emprise {} est vide (largeur ou hauteur nulle) : indiquez un rectangle de superficie non nulle, ou laissez l'emprise vide</translation>
    </message>
</context>
<context>
    <name>CLCplusProduct</name>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Sealed</source>
        <translation>Surfaces imperméabilisées</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Woody needle leaved trees</source>
        <translation>Arbres résineux</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Woody broadleaved deciduous trees</source>
        <translation>Arbres feuillus caducs</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Woody broadleaved evergreen trees</source>
        <translation>Arbres feuillus sempervirents</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Low-growing woody plants</source>
        <translation>Ligneux bas</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Permanent herbaceous</source>
        <translation>Herbacées permanentes</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Periodically herbaceous</source>
        <translation>Herbacées périodiques</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Lichens and mosses</source>
        <translation>Lichens et mousses</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Non and sparsely vegetated</source>
        <translation>Surfaces non ou peu végétalisées</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Snow and ice</source>
        <translation>Neige et glace</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Coastal seawater buffer</source>
        <translation>Zone tampon d'eaux côtières</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Sea within the coastal buffer; not land cover (absent in 2018)</source>
        <translation>Mer dans la zone tampon côtière ; hors occupation du sol (absente en 2018)</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Outside area</source>
        <translation>Hors zone</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Outside the mapped area; not land cover</source>
        <translation>En dehors de la zone cartographiée ; hors occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>No data</source>
        <translation>Pas de données</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>No data; drawn transparent</source>
        <translation>Pas de données ; affiché en transparent</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="139"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="140"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="141"/>
        <source>Data score</source>
        <translation>Score des données</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="142"/>
        <source>Post-processing flag</source>
        <translation>Indicateur de post-traitement</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2018 has no coastal seawater buffer class (253); its coastal pixels carry other codes.</source>
        <translation>L'édition 2018 n'a pas de classe « zone tampon d'eaux côtières » (253) ; ses pixels côtiers portent d'autres codes.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>The United Kingdom is missing from 2021.</source>
        <translation>Le Royaume-Uni est absent de l'édition 2021.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2021 was cross-calibrated against 2018.</source>
        <translation>L'édition 2021 a été intercalibrée par rapport à 2018.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2023 was cross-calibrated against 2018 and 2021.</source>
        <translation>L'édition 2023 a été intercalibrée par rapport à 2018 et 2021.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2023 is delivered as 897 tiles of 100 km plus national mosaics of the French overseas departments in their own UTM CRS.</source>
        <translation>L'édition 2023 est livrée en 897 tuiles de 100 km, plus des mosaïques nationales des départements français d'outre-mer dans leur propre SCR UTM.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="246"/>
        <source>No official change product exists: a from-to difference is an estimate with map errors on both dates; small or scattered changes are mostly noise.</source>
        <translation>Il n'existe aucun produit officiel de changements : une différence entre deux dates est une estimation entachée des erreurs des deux cartes ; les changements petits ou dispersés sont surtout du bruit.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="246"/>
        <source>Each year was produced with different inputs, production units and cross-calibration thresholds that allow or suppress transitions.</source>
        <translation>Chaque année a été produite avec des données d'entrée, des unités de production et des seuils d'intercalibration différents, qui autorisent ou suppriment des transitions.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="246"/>
        <source>Classes 5 (low-growing woody plants) and 8 (lichens and mosses) are the least accurate; 6 and 7 are often confused (droughts, mowing).</source>
        <translation>Les classes 5 (ligneux bas) et 8 (lichens et mousses) sont les moins précises ; 6 et 7 sont souvent confondues (sécheresses, fauche).</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="107"/>
        <source>To sealed</source>
        <translation>Imperméabilisation</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="108"/>
        <source>Tree loss</source>
        <translation>Perte d'arbres</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="109"/>
        <source>Tree gain</source>
        <translation>Gain d'arbres</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="110"/>
        <source>Water and snow change</source>
        <translation>Changement eau et neige</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="112"/>
        <source>Vegetation gain</source>
        <translation>Gain de végétation</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="114"/>
        <source>Vegetation loss</source>
        <translation>Perte de végétation</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="118"/>
        <source>Other change of class</source>
        <translation>Autre changement de classe</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="124"/>
        <source>No change</source>
        <translation>Aucun changement</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="208"/>
        <source>{kind}: {count} more transitions</source>
        <translation>{kind} : {count} autres transitions</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="233"/>
        <source>Cannot open raster {name}: {error}</source>
        <translation>Impossible d'ouvrir le raster {name} : {error}</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="256"/>
        <source>{name}: band 1 holds {type} values, but CLCplus Backbone rasters hold whole-number class codes. Choose the land-cover (or change) raster itself; a reprojected or resampled copy must use nearest-neighbour resampling and keep an integer type (for example gdal_translate -ot Byte).</source>
        <translation>{name} : la bande 1 contient des valeurs {type}, alors que les rasters CLCplus Backbone contiennent des codes de classe entiers. Choisissez le raster d'occupation du sol (ou de changements) lui-même ; une copie reprojetée ou rééchantillonnée doit utiliser le rééchantillonnage au plus proche voisin et garder un type entier (par exemple gdal_translate -ot Byte).</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="332"/>
        <source>and {} more</source>
        <translation>et {} autres</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="338"/>
        <source>{name}: band 1 holds values that are not CLCplus Backbone codes: {values}. A land-cover raster holds the codes {first}-{last} and {special}. Choose the land-cover layer (RAS), not a confidence, data-score or post-processing layer; a change raster of this plugin is styled with the kind &apos;change&apos;.</source>
        <translation>{name} : la bande 1 contient des valeurs qui ne sont pas des codes CLCplus Backbone : {values}. Un raster d'occupation du sol contient les codes {first}-{last} et {special}. Choisissez la couche d'occupation du sol (RAS), pas une couche de confiance, de score des données ou de post-traitement ; un raster de changements de cette extension se symbolise avec le type « changements ».</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="346"/>
        <source>If 0 marks the area outside a clip, declare it as no data first (Layer Properties &gt; Transparency &gt; Additional no data value, or gdal_translate -a_nodata 0).</source>
        <translation>Si 0 marque la zone hors d'un découpage, déclarez-le d'abord comme valeur nulle (Propriétés de la couche &gt; Transparence &gt; Valeur nulle supplémentaire, ou gdal_translate -a_nodata 0).</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="355"/>
        <source>{name}: band 1 holds values that are not change codes: {values}. A change raster of this plugin holds from × 100 + to ({example} is {transition}), {no_change} where the class did not change and {nodata} where either year is not land cover. Make it with the plugin's change algorithm, or style a land-cover raster with the kind 'land cover'.</source>
        <translation>{name} : la bande 1 contient des valeurs qui ne sont pas des codes de changement : {values}. Un raster de changements de cette extension contient départ × 100 + arrivée ({example} correspond à {transition}), {no_change} là où la classe n'a pas changé et {nodata} là où l'une des années ne relève pas de l'occupation du sol. Produisez-le avec l'algorithme de changements de l'extension, ou symbolisez un raster d'occupation du sol avec le type « occupation du sol ».</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="703"/>
        <source>{name} is served by the &apos;{provider}&apos; provider; the legend is checked against the raster&apos;s values, which needs a file GDAL reads (GeoTIFF, VRT, ...). Save a copy as GeoTIFF (Export &gt; Save As) and style that.</source>
        <translation>{name} est servi par le fournisseur « {provider} » ; la légende est vérifiée d'après les valeurs du raster, ce qui nécessite un fichier lisible par GDAL (GeoTIFF, VRT…). Enregistrez-en une copie en GeoTIFF (Exporter &gt; Enregistrer sous…) et symbolisez celle-ci.</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="736"/>
        <source>{name} is not a single raster file, so it has no default style file; save the style with a style file name instead.</source>
        <translation>{name} n'est pas un fichier raster unique et n'a donc pas de fichier de style par défaut ; enregistrez plutôt le style en indiquant un nom de fichier de style.</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="745"/>
        <source>Cannot write the style file {path}: {error}</source>
        <translation>Impossible d'écrire le fichier de style {path} : {error}</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2018 used a ±6 month input window; later years ±3 months.</source>
        <translation>L'édition 2018 a utilisé une fenêtre temporelle de ±6 mois pour les données d'entrée ; les suivantes, ±3 mois.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="206"/>
        <source>This year is newer than the plugin&apos;s product facts: its file names, layers and codes are taken as those of the latest known year; no accuracy figure and no caveat of its own are known yet (see its product user manual).</source>
        <translation>Cette année est plus récente que les informations produit de l'extension : ses noms de fichiers, couches et codes sont supposés être ceux de la dernière année connue ; aucun chiffre de précision ni aucune mise en garde propre ne sont encore connus (voir son manuel d'utilisation du produit).</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="210"/>
        <source>Assumed to be delivered as tiles of 100 km like the latest known year.</source>
        <translation>Supposée livrée en tuiles de 100 km, comme la dernière année connue.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="353"/>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="353"/>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="353"/>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="353"/>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="353"/>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
</context>
<context>
    <name>CLCplusStats</name>
    <message>
        <location filename="../core/stats.py" line="296"/>
        <source>other values</source>
        <translation>autres valeurs</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="104"/>
        <source>{} has {} values; a CLCplus Backbone raster holds 8-bit class codes</source>
        <translation>{} contient des valeurs de type {} ; un raster CLCplus Backbone contient des codes de classe sur 8 bits</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="108"/>
        <source>{} has no coordinate reference system; class areas need one</source>
        <translation>{} n'a pas de système de coordonnées de référence ; le calcul des superficies en exige un</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="111"/>
        <source>{} is in a geographic CRS ({}); class areas need an equal-area grid such as EPSG:3035, the CRS of CLCplus Backbone</source>
        <translation>{} est dans un SCR géographique ({}) ; le calcul des superficies exige une grille en projection équivalente telle qu'EPSG:3035, le SCR de CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="115"/>
        <source>The raster is not in EPSG:3035 but {}: areas are pixel counts times the pixel area of that grid, exact only for an equal-area projection</source>
        <translation>Le raster n'est pas en EPSG:3035 mais en {} : les superficies sont le nombre de pixels multiplié par l'aire d'un pixel de cette grille, exactes uniquement pour une projection équivalente</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="120"/>
        <source>The raster&apos;s pixels are {:g} x {:g} m, not the product&apos;s {} m: it may be resampled</source>
        <translation>Les pixels du raster font {:g} x {:g} m, et non les {} m du produit : il a peut-être été rééchantillonné</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="152"/>
        <source>Zone {} had an invalid geometry and was repaired</source>
        <translation>La zone {} avait une géométrie invalide et a été réparée</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="161"/>
        <source>Zone {} lies outside the raster; its areas are 0</source>
        <translation>La zone {} est en dehors du raster ; ses superficies sont nulles</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="164"/>
        <source>Zone {} holds no pixel centre (smaller than a pixel?); use the exact rule to count its partial pixels</source>
        <translation>La zone {} ne contient aucun centre de pixel (plus petite qu'un pixel ?) ; utilisez la règle exacte pour compter ses pixels partiels</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="169"/>
        <source>{} pixels hold values that are not CLCplus Backbone codes ({}); they are counted as &apos;other values&apos;</source>
        <translation>{} pixels contiennent des valeurs qui ne sont pas des codes CLCplus Backbone ({}) ; ils sont comptés comme « autres valeurs »</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="257"/>
        <source>CLCplus Backbone class areas</source>
        <translation>Superficies des classes CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="262"/>
        <source>All zones</source>
        <translation>Toutes les zones</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="266"/>
        <source>Zone {}{}</source>
        <translation>Zone {}{}</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="270"/>
        <source>{} more zones are in the table output.</source>
        <translation>{} zones supplémentaires figurent dans la table en sortie.</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="272"/>
        <source>pixel centre</source>
        <translation>centre du pixel</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="273"/>
        <source>exact pixel coverage</source>
        <translation>couverture exacte des pixels</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="274"/>
        <source>Counting rule: {}; pixel area {:g} m²</source>
        <translation>Règle de comptage : {} ; aire d'un pixel {:g} m²</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="299"/>
        <source>Land cover (classes 1-11)</source>
        <translation>Occupation du sol (classes 1-11)</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="302"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="302"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="303"/>
        <source>Area ({})</source>
        <translation>Superficie ({})</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="303"/>
        <source>% of land cover</source>
        <translation>% de l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="304"/>
        <source>% of zone</source>
        <translation>% de la zone</translation>
    </message>
</context>
<context>
    <name>ChangeDetectionAlgorithm</name>
    <message>
        <location filename="../processing/changedetection.py" line="77"/>
        <source>Change between years</source>
        <translation>Changements entre années</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="80"/>
        <source>Change</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="83"/>
        <source>Compares two CLCplus Backbone rasters of different reference years (e.g. 2018 and 2021) on their common window: the from → to matrix, a change raster, the gains and losses of each class and, with an intermediate year, the trajectories (2018 → 2021 → 2023).

The rasters must be on the same 10 m EPSG:3035 grid (tiles, mosaics, VRTs or clips of the product); another CRS, pixel size or a shift of part of a pixel stops with a message naming it. Only pixels that are land cover (classes 1-11) in both years are compared; coastal seawater buffer, outside area and no data are reported apart. The years come from official file names, or from the year parameters.

Change raster (UInt16): from × 100 + to where the class changed (705: low-growing woody plants → periodically herbaceous), 0 where it did not, 65535 where either year is not land cover; tiled, compressed, with overviews and the change legend.

Minimum mapping unit: patches of change smaller than it (pixels touching by an edge and a corner, or by an edge only) count as no change. Confidence layers (RASCL): a change where either year's confidence is below the threshold is counted apart as uncertain change, not in the matrix.

Balance per class (Pontius): gain, loss, net change = gain - loss, swap = 2 × min(gain, loss), persistence.

No official change product exists: a from → to area is an estimate with map errors on both dates; the report lists the caveats of the years compared.</source>
        <translation>Compare deux rasters CLCplus Backbone d'années de référence différentes (p. ex. 2018 et 2021) sur leur fenêtre commune : la matrice de transition (départ → arrivée), un raster de changements, les gains et pertes de chaque classe et, avec une année intermédiaire, les trajectoires (2018 → 2021 → 2023).

Les rasters doivent être sur la même grille de 10 m en EPSG:3035 (tuiles, mosaïques, VRT ou rasters découpés du produit) ; un autre SCR, une autre taille de pixel ou un décalage d'une fraction de pixel arrête le traitement avec un message qui le signale. Seuls les pixels d'occupation du sol (classes 1-11) les deux années sont comparés ; les codes 253, 254 et 255 (zone tampon d'eaux côtières, hors zone, pas de données) sont indiqués à part. Les années sont tirées des noms de fichiers officiels, ou des paramètres d'année.

Raster de changements (UInt16) : départ × 100 + arrivée là où la classe a changé (705 : ligneux bas → herbacées périodiques), 0 là où elle n'a pas changé, 65535 là où l'une des années ne relève pas de l'occupation du sol ; tuilé, compressé, avec pyramides et légende des changements.

Unité minimale de cartographie : les taches de changement plus petites (pixels contigus par un côté et un coin, ou par un côté seulement) comptent comme absence de changement. Couches de confiance (RASCL) : un changement là où la confiance de l'une des années est inférieure au seuil est compté à part comme changement incertain, hors de la matrice.

Bilan par classe (Pontius) : gain, perte, changement net = gain - perte, échange = 2 × min(gain, perte), persistance.

Il n'existe aucun produit officiel de changements : une superficie départ → arrivée est une estimation entachée des erreurs des deux cartes ; le rapport liste les mises en garde des années comparées.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="111"/>
        <source>Earlier CLCplus Backbone raster</source>
        <translation>Raster CLCplus Backbone initial</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="111"/>
        <source>The land-cover raster of the earlier year (e.g. 2018).</source>
        <translation>Le raster d'occupation du sol de l'année initiale (p. ex. 2018).</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="113"/>
        <source>Later CLCplus Backbone raster</source>
        <translation>Raster CLCplus Backbone final</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="113"/>
        <source>The land-cover raster of the later year (e.g. 2023), on the same grid.</source>
        <translation>Le raster d'occupation du sol de l'année finale (p. ex. 2023), sur la même grille.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="115"/>
        <source>Intermediate raster (for trajectories)</source>
        <translation>Raster intermédiaire (pour les trajectoires)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="115"/>
        <source>A raster of a year between the two (e.g. 2021): adds the trajectories earlier → intermediate → later. The matrix still compares the earlier and the later raster.</source>
        <translation>Un raster d'une année située entre les deux (p. ex. 2021) : ajoute les trajectoires initial → intermédiaire → final. La matrice compare toujours le raster initial et le raster final.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="119"/>
        <source>Year of the earlier raster</source>
        <translation>Année du raster initial</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="119"/>
        <source>Year of the later raster</source>
        <translation>Année du raster final</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="119"/>
        <source>Year of the intermediate raster</source>
        <translation>Année du raster intermédiaire</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="122"/>
        <source>Only where the file name is not an official one (a clip, a VRT): the year decides which caveats apply and labels the outputs.</source>
        <translation>Uniquement si le nom de fichier n'est pas officiel (raster découpé, VRT) : l'année détermine les mises en garde applicables et étiquette les sorties.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="127"/>
        <source>Zones (polygons)</source>
        <translation>Zones (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="127"/>
        <source>Polygons in any CRS; &apos;selected features only&apos; is honoured. With zones the statistics are per zone (and their sum); the change raster covers the rectangle around them.</source>
        <translation>Polygones dans n'importe quel SCR ; l'option « Entités sélectionnées uniquement » est respectée. Avec des zones, les statistiques sont calculées par zone (et leur somme) ; le raster de changements couvre le rectangle qui les englobe.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="131"/>
        <source>Zone name field</source>
        <translation>Champ du nom de zone</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="131"/>
        <source>Names the zones in the outputs; the feature id is the zone id.</source>
        <translation>Nomme les zones dans les sorties ; l'identifiant de l'entité sert d'identifiant de zone.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="134"/>
        <source>Extent (without zones)</source>
        <translation>Emprise (sans zones)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="134"/>
        <source>Compares the pixels whose centre is inside this rectangle.</source>
        <translation>Compare les pixels dont le centre se trouve dans ce rectangle.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>Boundary pixels of zones</source>
        <translation>Pixels en bordure des zones</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>pixel centre</source>
        <translation>centre du pixel</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>exact coverage</source>
        <translation>couverture exacte</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>Pixel centre counts a pixel for the zone that holds its centre; exact coverage counts the fraction of each boundary pixel inside the polygon.</source>
        <translation>« Centre du pixel » compte un pixel pour la zone qui contient son centre ; « couverture exacte » compte la fraction de chaque pixel en bordure située dans le polygone.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>Area unit</source>
        <translation>Unité de superficie</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>square metres</source>
        <translation>mètres carrés</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>hectares</source>
        <translation>hectares</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>square kilometres</source>
        <translation>kilomètres carrés</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>Unit of the area columns, the CSV, the report and the totals.</source>
        <translation>Unité des colonnes de superficie, du CSV, du rapport et des totaux.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="145"/>
        <source>Minimum mapping unit of change (0: off)</source>
        <translation>Unité minimale de cartographie (UMC) des changements (0 : désactivée)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="145"/>
        <source>Patches of change smaller than this are counted as no change (and are 0 in the change raster). 0 keeps every changed pixel.</source>
        <translation>Les taches de changement plus petites que cette valeur comptent comme absence de changement (et valent 0 dans le raster de changements). 0 conserve chaque pixel changé.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>Unit of the minimum mapping unit</source>
        <translation>Unité de mesure de l'unité minimale de cartographie</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>A 10 m pixel is 0.01 ha: 0.5 ha is 50 pixels.</source>
        <translation>Un pixel de 10 m fait 0,01 ha : 0,5 ha correspond à 50 pixels.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>Pixels that form a patch</source>
        <translation>Pixels formant une tache</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>touching by an edge or a corner (8)</source>
        <translation>contigus par un côté ou un coin (8)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>touching by an edge (4)</source>
        <translation>contigus par un côté (4)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>Which neighbours join a patch of change when the minimum mapping unit is applied.</source>
        <translation>Quels voisins rejoignent une tache de changement lorsque l'unité minimale de cartographie est appliquée.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="159"/>
        <source>Confidence layer of the earlier year</source>
        <translation>Couche de confiance de l'année initiale</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="159"/>
        <source>The product&apos;s confidence layer (RASCL, 0-100) of the earlier year, if it has one (2018 has none).</source>
        <translation>La couche de confiance du produit (RASCL, 0-100) de l'année initiale, si elle existe (2018 n'en a pas).</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="163"/>
        <source>Confidence layer of the later year</source>
        <translation>Couche de confiance de l'année finale</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="163"/>
        <source>The product&apos;s confidence layer (RASCL, 0-100) of the later year.</source>
        <translation>La couche de confiance du produit (RASCL, 0-100) de l'année finale.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="166"/>
        <source>Confidence threshold</source>
        <translation>Seuil de confiance</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="166"/>
        <source>A change where a given confidence layer is below this value is uncertain: counted apart, not in the matrix.</source>
        <translation>Un changement là où une couche de confiance fournie est inférieure à cette valeur est incertain : compté à part, hors de la matrice.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>Compression of the change raster</source>
        <translation>Compression du raster de changements</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>LZW (as the product; any GIS reads it)</source>
        <translation>LZW (comme le produit ; lisible par tout SIG)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>ZSTD (faster to write; GDAL 2.3 or later)</source>
        <translation>ZSTD (plus rapide à écrire ; GDAL 2.3 ou ultérieur)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>LZW is read everywhere; ZSTD writes several times faster and is read by QGIS 3.4 or later and other GDAL-based software.</source>
        <translation>LZW est lisible partout ; ZSTD s'écrit plusieurs fois plus vite et est lisible par QGIS 3.4 ou ultérieur et les autres logiciels basés sur GDAL.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="179"/>
        <source>Change raster</source>
        <translation>Raster de changements</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="179"/>
        <source>GeoTIFF (.tif): from × 100 + to where the class changed, 0 where not, 65535 where either year is not land cover.</source>
        <translation>GeoTIFF (.tif) : départ × 100 + arrivée là où la classe a changé, 0 ailleurs, 65535 là où l'une des années ne relève pas de l'occupation du sol.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="183"/>
        <source>From-to table</source>
        <translation>Table des transitions</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="183"/>
        <source>One row per from → to pair: pixels, area, % of the from-class, uncertain change.</source>
        <translation>Une ligne par transition départ → arrivée : pixels, superficie, % de la classe de départ, changement incertain.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="186"/>
        <source>From-to matrix (CSV)</source>
        <translation>Matrice de transition (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="186"/>
        <source>Rows: classes of the earlier year; columns: classes of the later year; areas.</source>
        <translation>Lignes : classes de l'année initiale ; colonnes : classes de l'année finale ; superficies.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="190"/>
        <source>Balance per class</source>
        <translation>Bilan par classe</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="190"/>
        <source>Per class: area in each year, persistence, gain, loss, net, total change, swap.</source>
        <translation>Par classe : superficie à chaque année, persistance, gain, perte, net, changement total, échange.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="194"/>
        <source>From-to table per zone</source>
        <translation>Table des transitions par zone</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="194"/>
        <source>With zones: the from → to table of each zone.</source>
        <translation>Avec des zones : la table départ → arrivée de chaque zone.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="198"/>
        <source>Trajectories</source>
        <translation>Trajectoires</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="198"/>
        <source>With an intermediate raster: every trajectory of land cover through the three years, most frequent first.</source>
        <translation>Avec un raster intermédiaire : chaque trajectoire d'occupation du sol sur les trois années, les plus fréquentes en premier.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="203"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="203"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="203"/>
        <source>The matrix as a heat map, net change as bars, the balance, the largest changes and the caveats.</source>
        <translation>La matrice en carte de chaleur, le changement net en barres, le bilan, les principaux changements et les mises en garde.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="208"/>
        <source>Compared area</source>
        <translation>Superficie comparée</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="209"/>
        <source>Changed area</source>
        <translation>Superficie ayant changé</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="210"/>
        <source>Uncertain change area</source>
        <translation>Superficie de changement incertain</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="270"/>
        <source>The change raster is written as GeoTIFF: give a file name ending in .tif</source>
        <translation>Le raster de changements est écrit en GeoTIFF : indiquez un nom de fichier se terminant par .tif</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="289"/>
        <source>The table per zone needs zones; it was not written.</source>
        <translation>La table par zone nécessite des zones ; elle n'a pas été écrite.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="295"/>
        <source>Trajectories need an intermediate raster; they were not written.</source>
        <translation>Les trajectoires nécessitent un raster intermédiaire ; elles n'ont pas été écrites.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="306"/>
        <source>Changed: {:.2f} of {:.2f} {} compared</source>
        <translation>Changements : {:.2f} sur {:.2f} {} comparés</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../ui/results.py" line="230"/>
        <source>Compare years</source>
        <translation>Comparer les années</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="231"/>
        <source>Fetches both years if needed, then compares them pixel by pixel (Processing: Change between years) and adds the change layer.</source>
        <translation>Récupère les deux années si nécessaire, puis les compare pixel par pixel (Traitements : Changements entre années) et ajoute la couche de changements.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="237"/>
        <source>Rows: class in the earlier year; columns: class in the later year. Darker cells: more area changed. Hover a cell for its area.</source>
        <translation>Lignes : classe de l'année initiale ; colonnes : classe de l'année finale. Cellules plus foncées : plus de superficie changée. Survolez une cellule pour voir sa superficie.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="242"/>
        <source>Net change per class</source>
        <translation>Changement net par classe</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="250"/>
        <source>Read with care</source>
        <translation>À interpréter avec prudence</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="299"/>
        <source>{earlier}: {from_name}
{later}: {to_name}
{area}</source>
        <translation>{earlier} : {from_name}
{later} : {to_name}
{area}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="302"/>
        <source> ({} % of {} in {})</source>
        <translation> ({} % de {} en {})</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="304"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="325"/>
        <source>From {} (rows) to {} (columns)</source>
        <translation>De {} (lignes) à {} (colonnes)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="331"/>
        <source>{name}: gain {gain}, loss {loss}, net {net}</source>
        <translation>{name} : gain {gain}, perte {loss}, net {net}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="335"/>
        <source>No class gained or lost area.</source>
        <translation>Aucune classe n'a gagné ni perdu de superficie.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="276"/>
        <source>No pixel changed class.</source>
        <translation>Aucun pixel n'a changé de classe.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="279"/>
        <source>Largest change: {}</source>
        <translation>Principal changement : {}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="310"/>
        <source>{code} {name} unchanged: {area}</source>
        <translation>{code} {name}, sans changement : {area}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="312"/>
        <source>{a} {from_name} → {b} {to_name}: {area}</source>
        <translation>{a} {from_name} → {b} {to_name} : {area}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="316"/>
        <source> ({pct} % of class {code} in {year})</source>
        <translation> ({pct} % de la classe {code} en {year})</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="234"/>
        <source>Choose a year to compare with under Years, then click the Compare button above.</source>
        <translation>Choisissez une année de comparaison sous « Années », puis cliquez sur le bouton de comparaison ci-dessus.</translation>
    </message>
</context>
<context>
    <name>CheckConnectionAlgorithm</name>
    <message>
        <location filename="../processing/checkconnection.py" line="37"/>
        <source>Check the connection to the data sources</source>
        <translation>Vérifier la connexion aux sources de données</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="40"/>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="43"/>
        <source>Asks each chosen data source a few cheap questions, as fetching would, and says in plain words what works and what does not, before you fetch 40 tiles: whether QGIS goes through a proxy (Settings › Options › Network) and whether that proxy works; certificate (SSL) errors, as behind a company proxy that inspects HTTPS; a name that does not resolve or a service that cannot be reached; credentials missing or refused; the WEkEO licence not accepted; a quota reached; a service that is down.

EEA ImageServer: its list of services and one service description. WEkEO: sign-in, the dataset's licence terms and its query options. CLMS download API: sign-in with the service key and one catalogue search. Mirror: one tile's address (a URL), or the folder or mosaic file. Nothing is ordered or downloaded, so no quota is used. The reference years each source offers are listed, and a year newer than the plugin becomes available in the dock.</source>
        <translation>Envoie à chaque source de données choisie quelques requêtes légères, comme le ferait une récupération, et indique en clair ce qui fonctionne et ce qui ne fonctionne pas, avant que vous ne récupériez 40 tuiles : si QGIS passe par un proxy (Préférences › Options › Réseau) et si ce proxy fonctionne ; les erreurs de certificat (SSL), comme derrière un proxy d'entreprise qui inspecte le HTTPS ; un nom qui ne se résout pas ou un service injoignable ; des identifiants manquants ou refusés ; la licence WEkEO non acceptée ; un quota atteint ; un service indisponible.

ImageServer de l'AEE : sa liste de services et une description de service. WEkEO : la connexion, les conditions de licence du jeu de données et ses options de requête. API de téléchargement CLMS : la connexion avec la clé de service et une recherche dans le catalogue. Miroir : l'adresse d'une tuile (une URL), ou le dossier ou le fichier de mosaïque. Rien n'est commandé ni téléchargé, aucun quota n'est donc consommé. Les années de référence proposées par chaque source sont listées, et une année plus récente que l'extension devient disponible dans le panneau.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>Sources to check</source>
        <translation>Sources à vérifier</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>EEA ImageServer</source>
        <translation>ImageServer de l'AEE</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>WEkEO Harmonised Data Access</source>
        <translation>WEkEO Harmonised Data Access</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>CLMS download API</source>
        <translation>API de téléchargement CLMS</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>Mirror or folder</source>
        <translation>Miroir ou dossier</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>The sources to ask; the mirror only with a mirror URL or folder.</source>
        <translation>Les sources à interroger ; le miroir seulement avec une URL ou un dossier de miroir.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="68"/>
        <source>WEkEO authentication configuration</source>
        <translation>Configuration d'authentification WEkEO</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="68"/>
        <source>A configuration of the method Basic with your WEkEO user name and password. Without it only whether WEkEO answers is checked.</source>
        <translation>Une configuration de méthode Basic avec votre nom d'utilisateur et votre mot de passe WEkEO. Sans elle, seule la réponse de WEkEO est vérifiée.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="72"/>
        <source>CLMS API authentication configuration</source>
        <translation>Configuration d'authentification de l'API CLMS</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="72"/>
        <source>A configuration holding your CLMS service key (password = the key&apos;s JSON). Without it only the anonymous catalogue search is checked.</source>
        <translation>Une configuration contenant votre clé de service CLMS (mot de passe = le JSON de la clé). Sans elle, seule la recherche anonyme dans le catalogue est vérifiée.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="76"/>
        <source>Mirror URL, folder or mosaic file</source>
        <translation>URL du miroir, dossier ou fichier de mosaïque</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="76"/>
        <source>For the mirror source: the URL (or template) or folder clcplus:fetchtiles would be given.</source>
        <translation>Pour la source miroir : l'URL (ou le modèle) ou le dossier que l'on indiquerait à clcplus:fetchtiles.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="78"/>
        <source>ImageServer URL</source>
        <translation>URL de l'ImageServer</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="78"/>
        <source>WEkEO broker URL</source>
        <translation>URL du broker WEkEO</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="78"/>
        <source>CLMS API URL</source>
        <translation>URL de l'API CLMS</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="80"/>
        <source>Another base URL for this source (as in clcplus:fetchtiles); empty for the official service.</source>
        <translation>Une autre URL de base pour cette source (comme dans clcplus:fetchtiles) ; vide pour le service officiel.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="83"/>
        <source>Network timeout (seconds)</source>
        <translation>Délai d'attente réseau (secondes)</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="83"/>
        <source>A service that sends nothing for this long counts as not answering.</source>
        <translation>Un service qui n'envoie rien pendant ce délai est considéré comme ne répondant pas.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="86"/>
        <source>Connection check</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="86"/>
        <source>One row per source: its answer, the message, the address asked, the proxy and the years it offers.</source>
        <translation>Une ligne par source : sa réponse, le message, l'adresse interrogée, le proxy et les années proposées.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="90"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="90"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="90"/>
        <source>The same as an HTML page.</source>
        <translation>La même chose sous forme de page HTML.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="93"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="94"/>
        <source>Sources that work</source>
        <translation>Sources qui fonctionnent</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="95"/>
        <source>Sources with a problem</source>
        <translation>Sources avec un problème</translation>
    </message>
</context>
<context>
    <name>ClassAreaModel</name>
    <message>
        <location filename="../ui/tables.py" line="87"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="87"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="88"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="88"/>
        <source>Pixels</source>
        <translation>Pixels</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="103"/>
        <source>Share of the land-cover area (classes 1–11) of the zone</source>
        <translation>Part de la superficie d'occupation du sol (classes 1–11) de la zone</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="105"/>
        <source>Area in {}</source>
        <translation>Superficie en {}</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="109"/>
        <source>Whole area</source>
        <translation>Zone entière</translation>
    </message>
</context>
<context>
    <name>ConfidenceOption</name>
    <message>
        <location filename="../ui/confidence.py" line="24"/>
        <source>Use the confidence layers</source>
        <translation>Utiliser les couches de confiance</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="25"/>
        <source>Fetches the confidence layer (0-100) of each year that has one and counts a change apart, as uncertain, where a year&apos;s confidence is below the threshold (Processing: Change between years, confidence parameters).</source>
        <translation>Récupère la couche de confiance (0-100) de chaque année qui en a une et compte à part, comme incertain, un changement là où la confiance d'une année est sous le seuil (Processing : Changements entre années, paramètres de confiance).</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="30"/>
        <source>A change where a confidence layer is below this value is uncertain.</source>
        <translation>Un changement là où une couche de confiance est sous cette valeur est incertain.</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="31"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="63"/>
        <source>Neither year has a confidence layer.</source>
        <translation>Aucune des deux années n'a de couche de confiance.</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="65"/>
        <source>Only {} has a confidence layer; it alone is used.</source>
        <translation>Seule {} a une couche de confiance ; elle seule est utilisée.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../ui/check.py" line="87"/>
        <source>Check the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="34"/>
        <source>Asks the chosen source a few cheap questions (nothing is downloaded) and says what works: the proxy QGIS uses, certificates, the login, the licence, the quota.</source>
        <translation>Envoie à la source choisie quelques requêtes légères (rien n'est téléchargé) et indique ce qui fonctionne : le proxy utilisé par QGIS, les certificats, la connexion, la licence, le quota.</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="70"/>
        <source>Checking the connection</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="74"/>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="89"/>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="101"/>
        <source>Network: {}</source>
        <translation>Réseau : {}</translation>
    </message>
</context>
<context>
    <name>FetchTilesAlgorithm</name>
    <message>
        <location filename="../processing/fetchtiles.py" line="71"/>
        <source>Fetch tiles of an area</source>
        <translation>Récupérer les tuiles d'une zone</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="74"/>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="77"/>
        <source>Fetches the 100 km tiles of CLCplus Backbone that an area of interest needs into a local cache, and writes a VRT mosaic of the area onto them (nothing is copied) for the statistics, change and legend tools.

Sources: the EEA ImageServer (2018 and 2021, anonymous; assembled pixel for pixel from its exportImage windows), WEkEO (all years; an authentication configuration of the method Basic with your WEkEO user name and password), the CLMS download API (a service key from your CLMS profile stored in the QGIS authentication database: user name anything, password the key&apos;s whole JSON), or a mirror: an http(s) URL or a folder, optionally a template with {year}, {tile}, {layer}, {name} (official file name) and {stem}, holding tiles or per-tile zips - or a local copy of a pan-European mosaic, used in place. &apos;Automatic&apos; takes the ImageServer for 2018 and 2021 and WEkEO for 2023.

Tiles already in the cache are used without any request. Every download is checked (a GeoTIFF in EPSG:3035 at 10 m on the grid cell, only product codes) before it enters the cache; a failed download never replaces a good tile. Downloads resume after a dropped connection and retry when a service is busy. Network access goes through QGIS, so its proxy and SSL settings apply.</source>
        <translation>Récupère dans un cache local les tuiles de 100 km de CLCplus Backbone dont une zone d'intérêt a besoin, et écrit sur ces tuiles une mosaïque VRT de la zone (rien n'est copié) pour les outils de statistiques, de changements et de légende.

Sources : l'ImageServer de l'AEE (2018 et 2021, anonyme ; assemblé pixel pour pixel à partir de ses fenêtres exportImage), WEkEO (toutes les années ; une configuration d'authentification de méthode Basic avec votre nom d'utilisateur et votre mot de passe WEkEO), l'API de téléchargement CLMS (une clé de service de votre profil CLMS, enregistrée dans la base d'authentification de QGIS : nom d'utilisateur quelconque, mot de passe = le JSON complet de la clé) ou un miroir : une URL http(s) ou un dossier, éventuellement un modèle avec {year}, {tile}, {layer}, {name} (nom de fichier officiel) et {stem}, contenant des tuiles ou des zips par tuile – ou une copie locale d'une mosaïque paneuropéenne, lue sur place. « Automatique » utilise l'ImageServer pour 2018 et 2021 et WEkEO pour 2023.

Les tuiles déjà en cache sont utilisées sans aucune requête. Chaque téléchargement est vérifié (un GeoTIFF en EPSG:3035 à 10 m sur la maille de la grille, uniquement des codes du produit) avant d'entrer dans le cache ; un téléchargement raté ne remplace jamais une tuile valide. Les téléchargements reprennent après une coupure de connexion et sont relancés quand un service est saturé. L'accès réseau passe par QGIS : ses paramètres de proxy et SSL s'appliquent.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="103"/>
        <source>Area of interest (extent)</source>
        <translation>Zone d'intérêt (emprise)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="103"/>
        <source>A rectangle in any CRS.</source>
        <translation>Un rectangle dans n'importe quel SCR.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="105"/>
        <source>Area of interest (layer)</source>
        <translation>Zone d'intérêt (couche)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="105"/>
        <source>Polygons (or points, lines) in any CRS; with &apos;selected features only&apos; just the selection counts. Only tiles the area really overlaps are fetched.</source>
        <translation>Polygones (ou points, lignes) dans n'importe quel SCR ; avec « Entités sélectionnées uniquement », seule la sélection compte. Seules les tuiles que la zone chevauche réellement sont récupérées.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="109"/>
        <source>Reference year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="109"/>
        <source>The reference year to fetch.</source>
        <translation>L'année de référence à récupérer.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Automatic (ImageServer for 2018 and 2021, WEkEO for 2023)</source>
        <translation>Automatique (ImageServer pour 2018 et 2021, WEkEO pour 2023)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>EEA ImageServer (2018, 2021; anonymous)</source>
        <translation>ImageServer de l'AEE (2018, 2021 ; anonyme)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>WEkEO Harmonised Data Access (account)</source>
        <translation>WEkEO Harmonised Data Access (compte)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>CLMS download API (service key)</source>
        <translation>API de téléchargement CLMS (clé de service)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Mirror, folder or local mosaic</source>
        <translation>Miroir, dossier ou mosaïque locale</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Where the tiles come from. Tiles already in the cache are reused whatever the source.</source>
        <translation>Provenance des tuiles. Les tuiles déjà en cache sont réutilisées quelle que soit la source.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>The land-cover map, or its confidence layer (0-100; 2021 and 2023, from WEkEO, the CLMS API or a mirror).</source>
        <translation>La carte d'occupation du sol, ou sa couche de confiance (0-100 ; 2021 et 2023, depuis WEkEO, l'API CLMS ou un miroir).</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="123"/>
        <source>Cache folder</source>
        <translation>Dossier de cache</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="123"/>
        <source>Where the tiles are kept. Empty: the folder used last time, at first clcplus_backbone/cache in the QGIS profile folder.</source>
        <translation>Emplacement de conservation des tuiles. Vide : le dossier utilisé la dernière fois, au départ clcplus_backbone/cache dans le dossier du profil QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="127"/>
        <source>Mirror URL, folder or mosaic file</source>
        <translation>URL du miroir, dossier ou fichier de mosaïque</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="127"/>
        <source>For the mirror source: an http(s) URL or a folder with &lt;year&gt;/&lt;official file name&gt;, or a template such as https://example.org/clcplus/{year}/{tile}.zip; or a local pan-European mosaic file (read in place).</source>
        <translation>Pour la source miroir : une URL http(s) ou un dossier contenant &lt;année&gt;/&lt;nom de fichier officiel&gt;, ou un modèle tel que https://example.org/clcplus/{year}/{tile}.zip ; ou un fichier de mosaïque paneuropéenne local (lu sur place).</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="132"/>
        <source>Authentication configuration</source>
        <translation>Configuration d'authentification</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="138"/>
        <source>Accept the Copernicus licence on WEkEO</source>
        <translation>Accepter la licence Copernicus sur WEkEO</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="138"/>
        <source>WEkEO delivers CLCplus Backbone only to accounts that accepted the Copernicus Land Monitoring Service data policy once; tick to accept it for your account.</source>
        <translation>WEkEO ne fournit CLCplus Backbone qu'aux comptes ayant accepté une fois la politique de données du Copernicus Land Monitoring Service ; cochez pour l'accepter pour votre compte.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="143"/>
        <source>Service URL</source>
        <translation>URL du service</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="143"/>
        <source>Another base URL for the ImageServer ({year} and {service} are filled in), WEkEO&apos;s broker or the CLMS API; empty for the official services.</source>
        <translation>Une autre URL de base pour l'ImageServer ({year} et {service} sont remplacés), le broker de WEkEO ou l'API CLMS ; vide pour les services officiels.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="147"/>
        <source>Download again even if cached</source>
        <translation>Télécharger à nouveau même si en cache</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="147"/>
        <source>Fetch every tile anew (for a new version of the data); a cached tile is replaced only by a download that passed the checks.</source>
        <translation>Récupère à nouveau chaque tuile (pour une nouvelle version des données) ; une tuile en cache n'est remplacée que par un téléchargement qui a passé les vérifications.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="151"/>
        <source>Network timeout (seconds)</source>
        <translation>Délai d'attente réseau (secondes)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="151"/>
        <source>A request that receives nothing for this long is abandoned and tried again.</source>
        <translation>Une requête qui ne reçoit rien pendant ce délai est abandonnée puis relancée.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="155"/>
        <source>Parallel downloads</source>
        <translation>Téléchargements parallèles</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="155"/>
        <source>How many downloads run at the same time.</source>
        <translation>Nombre de téléchargements simultanés.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="158"/>
        <source>Order timeout (minutes)</source>
        <translation>Délai d'attente des commandes (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="158"/>
        <source>How long a WEkEO order or CLMS data request may stay queued before giving up (CLMS requests take about 10 minutes).</source>
        <translation>Durée pendant laquelle une commande WEkEO ou une demande de données CLMS peut rester en file d'attente avant abandon (les demandes CLMS prennent environ 10 minutes).</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="162"/>
        <source>Tile size in pixels</source>
        <translation>Taille des tuiles en pixels</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="162"/>
        <source>Only for the plugin&apos;s small sample data; the product&apos;s tiles are 10 000 pixels.</source>
        <translation>Uniquement pour les petites données d'exemple de l'extension ; les tuiles du produit font 10 000 pixels.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="166"/>
        <source>Mosaic of the area (VRT)</source>
        <translation>Mosaïque de la zone (VRT)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="166"/>
        <source>A VRT onto the cached tiles (or the local mosaic), limited to the area of interest: nothing is copied. Give a .tif name for a GeoTIFF copy instead.</source>
        <translation>Un VRT pointant sur les tuiles en cache (ou sur la mosaïque locale), limité à la zone d'intérêt : rien n'est copié. Indiquez un nom en .tif pour obtenir plutôt une copie GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="169"/>
        <source>Tile outlines</source>
        <translation>Contours des tuiles</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="169"/>
        <source>One polygon per tile with its status (cached, downloaded, unavailable) and file.</source>
        <translation>Un polygone par tuile avec son état (en cache, téléchargée, indisponible) et son fichier.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="172"/>
        <source>Tile files</source>
        <translation>Fichiers des tuiles</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="173"/>
        <source>Number of tiles</source>
        <translation>Nombre de tuiles</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="174"/>
        <source>Tiles downloaded now</source>
        <translation>Tuiles téléchargées lors de cette exécution</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="191"/>
        <source>Choose an area of interest: an extent or a layer.</source>
        <translation>Choisissez une zone d'intérêt : une emprise ou une couche.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="219"/>
        <source>Canceled; the tiles fetched so far stay in the cache</source>
        <translation>Annulé ; les tuiles déjà récupérées restent dans le cache</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="224"/>
        <source>{} tile(s) could not be fetched (the others are in the cache; run again to fetch the rest):
{}</source>
        <translation>{} tuile(s) n'ont pas pu être récupérée(s) (les autres sont dans le cache ; relancez pour récupérer le reste) :
{}</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="227"/>
        <source>{} tile(s): {} in the cache already, {} downloaded, {} unavailable; {} request(s) made</source>
        <translation>{} tuile(s) : {} déjà en cache, {} téléchargée(s), {} indisponible(s) ; {} requête(s) effectuée(s)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="132"/>
        <source>WEkEO: a configuration of the method Basic with your WEkEO user name and password. CLMS API: a configuration holding your service key (password = the key&apos;s JSON). Mirror: a configuration of the method Basic for a mirror behind a password. Credentials stay in the QGIS authentication database.</source>
        <translation>WEkEO : une configuration de la méthode Basic avec votre nom d'utilisateur et votre mot de passe WEkEO. API CLMS : une configuration contenant votre clé de service (mot de passe = le JSON de la clé). Miroir : une configuration de la méthode Basic pour un miroir protégé par mot de passe. Les identifiants restent dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="209"/>
        <source>The mirror URL holds a password or token, and QGIS keeps the parameters of every run in its Processing history: store the credentials in an authentication configuration (method Basic) and choose it as the authentication configuration instead</source>
        <translation>L'URL du miroir contient un mot de passe ou un jeton, et QGIS conserve les paramètres de chaque exécution dans son historique Processing : enregistrez plutôt les identifiants dans une configuration d'authentification (méthode Basic) et choisissez-la comme configuration d'authentification</translation>
    </message>
</context>
<context>
    <name>GridTilesAlgorithm</name>
    <message>
        <location filename="../processing/gridtiles.py" line="28"/>
        <source>Grid tiles of an area</source>
        <translation>Tuiles de la grille couvrant une zone</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="31"/>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="34"/>
        <source>Lists the 100 km tiles of the EEA reference grid (EPSG:3035) that an area of interest really intersects - a polygon counts for a tile only where it shares area with it - with the official file name of each tile for the chosen reference year.

Give the area as an extent, a layer (honouring &apos;selected features only&apos;) or typed tile ids such as E44N36; several are combined. Any CRS is accepted: edges are densified before they are transformed, so a latitude-longitude box becomes the curved shape it really is on the grid.

Outputs: the tile outlines (a polygon layer), the number of tiles and their ids, ready for the next step of a model.</source>
        <translation>Liste les tuiles de 100 km de la grille de référence de l'AEE (EPSG:3035) que recoupe réellement une zone d'intérêt – un polygone ne compte pour une tuile que là où il partage une surface avec elle – avec le nom de fichier officiel de chaque tuile pour l'année de référence choisie.

Indiquez la zone sous forme d'emprise, de couche (en respectant « Entités sélectionnées uniquement ») ou d'identifiants de tuiles saisis tels que E44N36 ; plusieurs peuvent être combinés. Tout SCR est accepté : les bords sont densifiés avant d'être transformés, si bien qu'un rectangle en latitude-longitude prend la forme courbe qu'il a réellement sur la grille.

Sorties : les contours des tuiles (une couche de polygones), le nombre de tuiles et leurs identifiants, prêts pour l'étape suivante d'un modèle.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="47"/>
        <source>Area of interest (extent)</source>
        <translation>Zone d'intérêt (emprise)</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="49"/>
        <source>Area of interest (layer)</source>
        <translation>Zone d'intérêt (couche)</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="51"/>
        <source>Tile ids (e.g. E44N36, E45N36)</source>
        <translation>Identifiants de tuiles (p. ex. E44N36, E45N36)</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="55"/>
        <source>A rectangle in any CRS.</source>
        <translation>Un rectangle dans n'importe quel SCR.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="56"/>
        <source>Points, lines or polygons in any CRS; with &apos;selected features only&apos; just the selection counts.</source>
        <translation>Points, lignes ou polygones dans n'importe quel SCR ; avec « Entités sélectionnées uniquement », seule la sélection compte.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="58"/>
        <source>Grid cell ids separated by commas or spaces, named by the lower-left corner in units of 100 km: E44N36 is x 4400-4500 km, y 3600-3700 km.</source>
        <translation>Identifiants de mailles de la grille séparés par des virgules ou des espaces, nommés d'après le coin inférieur gauche en unités de 100 km : E44N36 correspond à x 4400-4500 km, y 3600-3700 km.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="64"/>
        <source>Reference year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="64"/>
        <source>Gives the file names of that year&apos;s tiles.</source>
        <translation>Donne les noms de fichiers des tuiles de cette année.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="66"/>
        <source>Tile outlines</source>
        <translation>Contours des tuiles</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="68"/>
        <source>Number of tiles</source>
        <translation>Nombre de tuiles</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="69"/>
        <source>Tile ids</source>
        <translation>Identifiants de tuiles</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="84"/>
        <source>Choose an area of interest: an extent, a layer or tile ids such as E44N36.</source>
        <translation>Choisissez une zone d'intérêt : une emprise, une couche ou des identifiants de tuiles tels que E44N36.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="105"/>
        <source>{} tile(s): {}</source>
        <translation>{} tuile(s) : {}</translation>
    </message>
</context>
<context>
    <name>LandAccountsAlgorithm</name>
    <message>
        <location filename="../processing/landaccounts.py" line="34"/>
        <source>Land take and ecosystem extent accounts</source>
        <translation>Artificialisation des terres et comptes d'étendue des écosystèmes</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="37"/>
        <source>Change</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="40"/>
        <source>The indicators reported from a comparison of two CLCplus Backbone years, per zone and in total.

Land take (EEA indicator, &apos;no net land take by 2050&apos;): the area that became sealed (class 1), by the class it came from; returned: sealed area that became another class; net land take = land take - returned; per year (divided by the years between the reference years; empty when a year is not known) and as a % of the zone&apos;s land (its compared area without water in the earlier year).

Ecosystem extent account (SEEA Ecosystem Accounting): per class the opening extent, additions, reductions, net change and closing extent, long (one row per zone, class and item) and wide (the SEEA layout: items as rows, classes as columns). Opening + additions - reductions = closing, and the additions of all classes equal their reductions, exactly in pixels.

The same inputs, rules and caveats as Change between years: only pixels that are land cover in both years enter the accounts; change in patches below the minimum mapping unit counts as unchanged; uncertain change (confidence below the threshold) is left out of the accounts, opening and closing alike, as it is left out of the change matrix.</source>
        <translation>Les indicateurs tirés d'une comparaison de deux années CLCplus Backbone, par zone et au total.

Artificialisation des terres (indicateur de l'AEE, « zéro artificialisation nette d'ici 2050 ») : la surface devenue imperméabilisée (classe 1), selon la classe dont elle provient ; désartificialisée : surface imperméabilisée passée à une autre classe ; artificialisation nette = artificialisation - désartificialisée ; par an (divisée par les années entre les années de référence ; vide quand une année n'est pas connue) et en % des terres de la zone (sa surface comparée sans l'eau de l'année antérieure).

Compte d'étendue des écosystèmes (SEEA Comptabilité des écosystèmes) : par classe l'étendue d'ouverture, les augmentations, les réductions, la variation nette et l'étendue de clôture, en format long (une ligne par zone, classe et poste) et large (la présentation SEEA : postes en lignes, classes en colonnes). Ouverture + augmentations - réductions = clôture, et les augmentations de toutes les classes égalent leurs réductions, exactement en pixels.

Les mêmes entrées, règles et mises en garde que Changements entre années : seuls les pixels d'occupation du sol les deux années entrent dans les comptes ; les changements en taches sous l'unité minimale de cartographie comptent comme inchangés ; les changements incertains (confiance sous le seuil) sont exclus des comptes, à l'ouverture comme à la clôture, comme de la matrice des changements.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="58"/>
        <source>Polygons in any CRS; &apos;selected features only&apos; is honoured. With zones the accounts are per zone, and in total (the sum of the zones).</source>
        <translation>Polygones dans tout SCR ; « entités sélectionnées uniquement » est respecté. Avec des zones, les comptes sont par zone et au total (la somme des zones).</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="61"/>
        <source>Patches of change smaller than this count as unchanged in the accounts. 0 keeps every changed pixel.</source>
        <translation>Les taches de changement plus petites que cette valeur comptent comme inchangées dans les comptes. 0 garde chaque pixel changé.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="65"/>
        <source>Land take (CSV)</source>
        <translation>Artificialisation des terres (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="65"/>
        <source>One row per zone and one for the total: land area, land take, returned, net land take, per year, % of land, the land take from each class and the land returned to each class.</source>
        <translation>Une ligne par zone et une pour le total : surface des terres, artificialisation, désartificialisée, artificialisation nette, par an, % des terres, l'artificialisation depuis chaque classe et les surfaces rendues à chaque classe.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="69"/>
        <source>Ecosystem extent account, long (CSV)</source>
        <translation>Compte d'étendue des écosystèmes, long (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="69"/>
        <source>One row per zone, class and item (opening, additions, reductions, net_change, closing): pixels and area.</source>
        <translation>Une ligne par zone, classe et poste (opening, additions, reductions, net_change, closing) : pixels et surface.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="74"/>
        <source>Ecosystem extent account, wide (CSV)</source>
        <translation>Compte d'étendue des écosystèmes, large (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="74"/>
        <source>The SEEA layout: per zone the items as rows, the classes as columns, and their total.</source>
        <translation>La présentation SEEA : par zone les postes en lignes, les classes en colonnes, et leur total.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="78"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="78"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="78"/>
        <source>Land take per zone with a bar of its origin classes, the extent accounts with opening and closing bars per class, and the caveats of the years compared.</source>
        <translation>L'artificialisation par zone avec une barre de ses classes d'origine, les comptes d'étendue avec des barres d'ouverture et de clôture par classe, et les mises en garde des années comparées.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="83"/>
        <source>Land take</source>
        <translation>Artificialisation</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="84"/>
        <source>Returned (sealed land that became another class)</source>
        <translation>Désartificialisée (surface imperméabilisée passée à une autre classe)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="86"/>
        <source>Net land take</source>
        <translation>Artificialisation nette</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="108"/>
        <source>Land take: {:.2f} {unit}, returned: {:.2f} {unit}, net land take: {:.2f} {unit}</source>
        <translation>Artificialisation : {:.2f} {unit}, désartificialisée : {:.2f} {unit}, artificialisation nette : {:.2f} {unit}</translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/source.py" line="36"/>
        <source>URL, folder or mosaic file</source>
        <translation>URL, dossier ou fichier de mosaïque</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="41"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="54"/>
        <source>WEkEO: a configuration of the method Basic with your WEkEO user name and password. CLMS: one holding your service key (password = the key&apos;s JSON). Credentials stay in QGIS&apos;s authentication database.</source>
        <translation>WEkEO : une configuration de méthode Basic avec votre nom d'utilisateur et votre mot de passe WEkEO. CLMS : une configuration contenant votre clé de service (mot de passe = le JSON de la clé). Les identifiants restent dans la base d'authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="57"/>
        <source>Accept the Copernicus licence on WEkEO</source>
        <translation>Accepter la licence Copernicus sur WEkEO</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="61"/>
        <source>Where fetched tiles are kept and reused; the dock also writes its mosaics and change rasters there (folder &apos;dock&apos;).</source>
        <translation>Emplacement où les tuiles récupérées sont conservées et réutilisées ; le panneau y écrit aussi ses mosaïques et rasters de changements (dossier « dock »).</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="71"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="72"/>
        <source>Mirror</source>
        <translation>Miroir</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="75"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="78"/>
        <source>Cache folder</source>
        <translation>Dossier de cache</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="119"/>
        <source>Folder with the tiles</source>
        <translation>Dossier contenant les tuiles</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="151"/>
        <source>Data source: {}</source>
        <translation>Source de données : {}</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="182"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="182"/>
        <source>EEA ImageServer</source>
        <translation>ImageServer de l'AEE</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="182"/>
        <source>WEkEO</source>
        <translation>WEkEO</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="183"/>
        <source>CLMS API</source>
        <translation>API CLMS</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="183"/>
        <source>mirror or folder</source>
        <translation>miroir ou dossier</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="48"/>
        <source>The password or token in this address is used for this QGIS session only: it is not saved with your settings, so type it again after restarting QGIS.</source>
        <translation>Le mot de passe ou le jeton contenu dans cette adresse n'est utilisé que pour cette session QGIS : il n'est pas enregistré avec vos paramètres ; saisissez-le donc à nouveau après le redémarrage de QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="154"/>
        <source>Data source</source>
        <translation>Source de données</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="171"/>
        <source>No account</source>
        <translation>Aucun compte</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../ui/results.py" line="47"/>
        <source>Optional: polygons to count in one by one (districts, parcels, ...). Leave empty to count the whole area of interest.</source>
        <translation>Facultatif : polygones dans lesquels compter un par un (communes, parcelles…). Laissez vide pour compter sur toute la zone d'intérêt.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="54"/>
        <source>Count classes</source>
        <translation>Calculer les superficies</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="55"/>
        <source>Fetches the tiles if needed, then counts the area of each class (Processing: Class areas).</source>
        <translation>Récupère les tuiles si nécessaire, puis calcule la superficie de chaque classe (Traitements : Superficies par classe).</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="58"/>
        <source>Click Count classes to get the area of each class in the area of interest, or in each zone.</source>
        <translation>Cliquez sur « Calculer les superficies » pour obtenir la superficie de chaque classe dans la zone d'intérêt, ou dans chaque zone.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="77"/>
        <source>No land cover here (only sea, outside area or no data).</source>
        <translation>Pas d'occupation du sol ici (seulement mer, hors zone ou pas de données).</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="78"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="79"/>
        <source>Copy the table (as shown, tab-separated) to paste into a spreadsheet.</source>
        <translation>Copie le tableau (tel qu'affiché, séparé par des tabulations) pour le coller dans un tableur.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="81"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="89"/>
        <source>Per zone (optional)</source>
        <translation>Par zone (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="90"/>
        <source>Zone names from</source>
        <translation>Champ du nom des zones</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="100"/>
        <source>Chart of</source>
        <translation>Graphique pour</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="148"/>
        <source>All zones (sum)</source>
        <translation>Toutes les zones (somme)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="200"/>
        <source>{name}: {area} {unit} ({pct} % of the land cover)</source>
        <translation>{name} : {area} {unit} ({pct} % de l'occupation du sol)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="216"/>
        <source>Export class areas</source>
        <translation>Exporter les superficies par classe</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="210"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="82"/>
        <source>Save every row with the columns of the Processing output, machine-readable: &apos;.&apos; as the decimal point, no thousands separators, whole pixel counts (the panel and Copy use your language&apos;s number format).</source>
        <translation>Enregistre chaque ligne avec les colonnes de la sortie de traitement, lisible par machine : « . » comme séparateur décimal, sans séparateur de milliers, nombres de pixels entiers (le panneau et « Copier » utilisent le format de nombres de votre langue).</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="216"/>
        <source>Cannot write {}: {}. Choose a folder you can write to.</source>
        <translation>Impossible d'écrire {} : {}. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>TaskChain</name>
    <message>
        <location filename="../ui/tasks.py" line="142"/>
        <source>The algorithm {} is not available; reinstall the CLCplus Backbone plugin.</source>
        <translation>L'algorithme {} n'est pas disponible ; réinstallez l'extension CLCplus Backbone.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="164"/>
        <source>CLCplus Backbone: {}</source>
        <translation>CLCplus Backbone : {}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="219"/>
        <source>{} failed; the Log Messages panel (Processing) may say why.</source>
        <translation>{} : échec ; le panneau Journal des messages (onglet Traitements) en indique peut-être la raison.</translation>
    </message>
</context>
</TS>
