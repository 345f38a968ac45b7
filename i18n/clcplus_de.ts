<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AccountsView</name>
    <message>
        <location filename="../ui/accounts.py" line="27"/>
        <source>Land take</source>
        <translation>Flächeninanspruchnahme</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="30"/>
        <source>No land became sealed and no sealed land became another class.</source>
        <translation>Keine Fläche wurde versiegelt, und keine versiegelte Fläche wurde zu einer anderen Klasse.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="31"/>
        <source>Ecosystem extent account</source>
        <translation>Konto der Ökosystemausdehnung</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="43"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="44"/>
        <source>Copy the extent account (as shown, tab-separated) to paste into a spreadsheet; the land-take tables are written by the Processing tool Land take and ecosystem extent accounts.</source>
        <translation>Das Ausdehnungskonto (wie angezeigt, tabulatorgetrennt) zum Einfügen in eine Tabellenkalkulation kopieren; die Tabellen der Flächeninanspruchnahme schreibt das Processing-Werkzeug Flächeninanspruchnahme und Ökosystem-Ausdehnungskonten.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="66"/>
        <source>{earlier} → {later}: {take} became sealed, {back} of sealed land became another class; net land take {net}.</source>
        <translation>{earlier} → {later}: {take} wurden versiegelt, {back} versiegelte Fläche wurden zu einer anderen Klasse; Netto-Flächeninanspruchnahme {net}.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="70"/>
        <source>Net land take per year: {} ({} years).</source>
        <translation>Netto-Flächeninanspruchnahme pro Jahr: {} ({} Jahre).</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="73"/>
        <source>Land take: {} % of the land (the compared area without water).</source>
        <translation>Flächeninanspruchnahme: {} % der Landfläche (die verglichene Fläche ohne Wasser).</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="81"/>
        <source>{name}: {taken} became sealed, {returned} of sealed land became {name}</source>
        <translation>{name}: {taken} wurden versiegelt, {returned} versiegelte Fläche wurden zu {name}</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="85"/>
        <source>Per class: area in {earlier}, additions, reductions, area in {later} ({unit}). Only land cover compared in both years; uncertain change is left out, change below the minimum mapping unit counts as unchanged.</source>
        <translation>Je Klasse: Fläche {earlier}, Zugänge, Abgänge, Fläche {later} ({unit}). Nur in beiden Jahren verglichene Landbedeckung; unsichere Veränderung bleibt außen vor, Veränderung unter der Mindestkartiereinheit gilt als unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="105"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="109"/>
        <source>{name}: {opening} in {earlier}, +{additions}, −{reductions}, {closing} in {later} (net change {net})</source>
        <translation>{name}: {opening} {earlier}, +{additions}, −{reductions}, {closing} {later} (Nettoveränderung {net})</translation>
    </message>
    <message>
        <location filename="../ui/accounts.py" line="152"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>AoiWidget</name>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Current map view</source>
        <translation>Aktuelle Kartenansicht</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Polygon layer</source>
        <translation>Polygonlayer</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Drawn on the map</source>
        <translation>Auf der Karte gezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="141"/>
        <source>Tile ids</source>
        <translation>Kachel-IDs</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="144"/>
        <source>Where to get land cover for: what the map shows, the polygons of a layer, a rectangle or polygon you draw, or 100 km tiles by their ids.</source>
        <translation>Gebiet, für das die Landbedeckung geholt wird: was die Karte zeigt, die Polygone eines Layers, ein selbst gezeichnetes Rechteck oder Polygon oder 100-km-Kacheln über ihre IDs.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="149"/>
        <source>The area the map shows now; pan or zoom to change it.</source>
        <translation>Das Gebiet, das die Karte gerade zeigt; verschieben oder zoomen Sie, um es zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="153"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="154"/>
        <source>Draw a rectangle</source>
        <translation>Rechteck zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="155"/>
        <source>Draw a polygon</source>
        <translation>Polygon zeichnen</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="306"/>
        <source>Press and drag on the map.</source>
        <translation>Klicken und ziehen Sie auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="159"/>
        <source>Click the corners on the map; right-click or double-click to close. Backspace takes the last corner back, Esc cancels.</source>
        <translation>Klicken Sie die Eckpunkte auf der Karte an; Rechtsklick oder Doppelklick schließt das Polygon. Rücktaste nimmt den letzten Eckpunkt zurück, Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="163"/>
        <source>e.g. E44N36, E45N36</source>
        <translation>z. B. E44N36, E45N36</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="164"/>
        <source>100 km grid cells named by their lower-left corner in units of 100 km (EPSG:3035): E44N36 is x 4400-4500 km, y 3600-3700 km.</source>
        <translation>100-km-Gitterzellen, benannt nach ihrer linken unteren Ecke in Einheiten von 100 km (EPSG:3035): E44N36 ist x 4400-4500 km, y 3600-3700 km.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="175"/>
        <source>Area from</source>
        <translation>Gebiet aus</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="205"/>
        <source>The map shows nothing yet; add a layer or zoom to your area.</source>
        <translation>Die Karte zeigt noch nichts; fügen Sie einen Layer hinzu oder zoomen Sie auf Ihr Gebiet.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="206"/>
        <source>map view</source>
        <translation>Kartenansicht</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="212"/>
        <source>Choose a polygon layer (add one to the project first).</source>
        <translation>Wählen Sie einen Polygonlayer (fügen Sie zuerst einen zum Projekt hinzu).</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="215"/>
        <source>No feature of {} is selected; select some or untick &apos;Selected features only&apos;.</source>
        <translation>Kein Objekt von {} ist gewählt; wählen Sie Objekte aus oder deaktivieren Sie „Nur gewählte Objekte“.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="218"/>
        <source> (selection)</source>
        <translation> (Auswahl)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="223"/>
        <source>Draw a rectangle or a polygon on the map.</source>
        <translation>Zeichnen Sie ein Rechteck oder ein Polygon auf der Karte.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="227"/>
        <source>drawn rectangle</source>
        <translation>gezeichnetes Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="230"/>
        <source>drawn polygon</source>
        <translation>gezeichnetes Polygon</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="233"/>
        <source>Type one or more tile ids, such as E44N36.</source>
        <translation>Geben Sie eine oder mehrere Kachel-IDs ein, z. B. E44N36.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="239"/>
        <source>{} tiles</source>
        <translation>{} Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="293"/>
        <source>Selected features only ({} selected)</source>
        <translation>Nur gewählte Objekte ({} gewählt)</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="306"/>
        <source>Click the corners on the map; right-click or double-click to close.</source>
        <translation>Klicken Sie die Eckpunkte auf der Karte an; Rechtsklick oder Doppelklick schließt das Polygon.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="335"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="335"/>
        <source>Polygon</source>
        <translation>Polygon</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="341"/>
        <source>{} drawn; draw again to replace it.</source>
        <translation>{} gezeichnet; zeichnen Sie erneut, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="343"/>
        <source>{shape} of about {w:.1f} × {h:.1f} km drawn; draw again to replace it.</source>
        <translation>{shape} von etwa {w:.1f} × {h:.1f} km gezeichnet; zeichnen Sie erneut, um es zu ersetzen.</translation>
    </message>
    <message>
        <location filename="../ui/aoi.py" line="86"/>
        <source>The features of {} have no area.</source>
        <translation>Die Objekte von {} haben keine Fläche.</translation>
    </message>
</context>
<context>
    <name>ApplyLegendAlgorithm</name>
    <message>
        <location filename="../processing/applylegend.py" line="32"/>
        <source>Apply CLCplus legend</source>
        <translation>CLCplus-Legende anwenden</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="35"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="42"/>
        <source>Draws a CLCplus Backbone raster - a tile, a mosaic, a VRT, a clip, or a layer another algorithm made - with the official colours and the class names in your language.

Land cover: classes 1-11 in the product's colours; the coastal seawater buffer and the area outside the product are drawn at half opacity (or hidden), no data is transparent.

Change (from × 100 + to, as the plugin's change rasters hold): only the transitions present are listed, named 'Woody broadleaved deciduous trees → Sealed' and coloured by the kind of change (to sealed, tree loss, tree gain, water and snow, vegetation gain or loss, other); the most frequent ones one by one, the rest as one entry per kind.

The values are checked first: a band that is not integer, or values that are not CLCplus codes, stop with a message. Large land-cover rasters are checked on 16 windows spread over them; change rasters are counted whole.</source>
        <translation>Stellt ein CLCplus-Backbone-Raster – eine Kachel, ein Mosaik, ein VRT, einen Ausschnitt oder einen von einem anderen Algorithmus erzeugten Layer – mit den offiziellen Farben und den Klassennamen in Ihrer Sprache dar.

Landbedeckung: Klassen 1-11 in den Farben des Produkts; der küstennahe Meerespuffer und der Bereich außerhalb des Produkts werden halbtransparent (oder gar nicht) dargestellt, Pixel ohne Daten sind transparent.

Veränderung (von × 100 + nach, wie in den Veränderungsrastern des Plugins): Nur die vorkommenden Übergänge werden aufgeführt, benannt als „Sommergrüne Laubbäume → Versiegelt“ und nach Art der Veränderung eingefärbt (zu versiegelt, Baumverlust, Baumzuwachs, Wasser und Schnee, Vegetationszunahme oder -abnahme, Sonstiges); die häufigsten einzeln, die übrigen als ein Eintrag je Art.

Die Werte werden zuerst geprüft: Ein Band, das nicht ganzzahlig ist, oder Werte, die keine CLCplus-Codes sind, führen zum Abbruch mit einer Meldung. Große Landbedeckungsraster werden an 16 über sie verteilten Fenstern geprüft; Veränderungsraster werden vollständig gezählt.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="57"/>
        <source>CLCplus raster</source>
        <translation>CLCplus-Raster</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="57"/>
        <source>A land-cover raster of the product (or a copy of it) or a change raster made by this plugin.</source>
        <translation>Ein Landbedeckungsraster des Produkts (oder eine Kopie davon) oder ein von diesem Plugin erzeugtes Veränderungsraster.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="89"/>
        <source>Kind of raster</source>
        <translation>Art des Rasters</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>Detect from the values</source>
        <translation>Aus den Werten erkennen</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>Change (from × 100 + to)</source>
        <translation>Veränderung (von × 100 + nach)</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="60"/>
        <source>'Detect' looks at the values: product codes mean land cover, from × 100 + to codes mean change.</source>
        <translation>„Erkennen“ prüft die Werte: Produktcodes bedeuten Landbedeckung, Codes der Form von × 100 + nach bedeuten Veränderung.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="66"/>
        <source>Hide codes that are not land cover</source>
        <translation>Codes ausblenden, die keine Landbedeckung sind</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="66"/>
        <source>Land cover: leave the coastal seawater buffer and the area outside the product transparent instead of muted. Change: leave unchanged pixels transparent.</source>
        <translation>Landbedeckung: küstennahen Meerespuffer und Bereich außerhalb des Produkts transparent statt abgeschwächt darstellen. Veränderung: unveränderte Pixel transparent lassen.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="70"/>
        <source>Transitions listed by name</source>
        <translation>Einzeln benannte Übergänge</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="70"/>
        <source>Change rasters: the most frequent transitions get their own legend entry; the others are grouped into one entry per kind of change.</source>
        <translation>Veränderungsraster: Die häufigsten Übergänge erhalten einen eigenen Legendeneintrag; die übrigen werden zu einem Eintrag je Art der Veränderung zusammengefasst.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="76"/>
        <source>Style file</source>
        <translation>Stildatei</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="76"/>
        <source>QGIS layer style (*.qml)</source>
        <translation>QGIS-Layerstil (*.qml)</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="76"/>
        <source>Also save the legend as a QGIS style file.</source>
        <translation>Die Legende zusätzlich als QGIS-Stildatei speichern.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="80"/>
        <source>Save as the raster&apos;s default style</source>
        <translation>Als Standardstil des Rasters speichern</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="80"/>
        <source>Write the style beside the raster file (same name, .qml), where QGIS finds it whenever the raster is opened, with or without this plugin.</source>
        <translation>Schreibt den Stil neben die Rasterdatei (gleicher Name, .qml), wo QGIS ihn bei jedem Öffnen des Rasters findet – mit oder ohne dieses Plugin.</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="88"/>
        <source>Styled layer</source>
        <translation>Symbolisierter Layer</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="90"/>
        <source>Legend entries</source>
        <translation>Legendeneinträge</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="106"/>
        <source>Style written to {}</source>
        <translation>Stil geschrieben nach {}</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="108"/>
        <source>Land-cover legend with {} entries on {}</source>
        <translation>Landbedeckungslegende mit {} Einträgen auf {}</translation>
    </message>
    <message>
        <location filename="../processing/applylegend.py" line="111"/>
        <source>Change legend with {} entries on {}</source>
        <translation>Veränderungslegende mit {} Einträgen auf {}</translation>
    </message>
</context>
<context>
    <name>AreaStatisticsAlgorithm</name>
    <message>
        <location filename="../processing/areastatistics.py" line="75"/>
        <source>Class areas</source>
        <translation>Klassenflächen</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="39"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="42"/>
        <source>Area of each CLCplus Backbone class in a raster (a tile, a mosaic, a VRT or a clip): for the whole raster, an extent, or each polygon of a zone layer.

Pixel centre rule (default, as QGIS&apos;s zonal tools): a pixel counts for the zone that holds its centre. Exact rule: a boundary pixel counts by the fraction of it inside the polygon, so the class areas add up to the polygon&apos;s area.

Percentages are of the land-cover area (classes 1-11); coastal seawater buffer (253), outside area (254) and no data (255) are reported beside the classes, never inside them. Overlapping zones each count their own pixels.

Outputs: a long table (zone, class, pixels, area, % of land cover, % of zone), optionally the zones with one area field per class, and an HTML report with charts.</source>
        <translation>Fläche jeder CLCplus-Backbone-Klasse in einem Raster (einer Kachel, einem Mosaik, einem VRT oder einem Ausschnitt): für das ganze Raster, eine Ausdehnung oder jedes Polygon eines Zonenlayers.

Pixelmittelpunkt-Regel (Standard, wie die Zonenwerkzeuge von QGIS): Ein Pixel zählt zu der Zone, die seinen Mittelpunkt enthält. Exakte Regel: Ein Randpixel zählt mit dem Anteil, der im Polygon liegt, sodass sich die Klassenflächen zur Fläche des Polygons addieren.

Prozentangaben beziehen sich auf die Landbedeckungsfläche (Klassen 1-11); küstennaher Meerespuffer (253), „Außerhalb des Gebiets“ (254) und „Keine Daten“ (255) werden neben den Klassen ausgewiesen, nie in ihnen. Überlappende Zonen zählen jeweils ihre eigenen Pixel.

Ausgaben: eine lange Tabelle (Zone, Klasse, Pixel, Fläche, % der Landbedeckung, % der Zone), optional die Zonen mit je einem Flächenfeld pro Klasse und ein HTML-Bericht mit Diagrammen.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="55"/>
        <source>CLCplus Backbone raster</source>
        <translation>CLCplus-Backbone-Raster</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="55"/>
        <source>A land-cover raster of the product: its codes, EPSG:3035 and 10 m pixels.</source>
        <translation>Ein Landbedeckungsraster des Produkts: seine Codes, EPSG:3035 und 10-m-Pixel.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="57"/>
        <source>Zones (polygons)</source>
        <translation>Zonen (Polygone)</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="57"/>
        <source>Polygons in any CRS; &apos;selected features only&apos; is honoured. Without zones the whole raster, or the extent below, is counted.</source>
        <translation>Polygone in beliebigem KBS; „Nur gewählte Objekte“ wird berücksichtigt. Ohne Zonen wird das ganze Raster oder die unten angegebene Ausdehnung gezählt.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="61"/>
        <source>Zone name field</source>
        <translation>Feld mit Zonennamen</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="61"/>
        <source>Names the zones in the outputs; the feature id is the zone id.</source>
        <translation>Benennt die Zonen in den Ausgaben; die Objekt-ID ist die Zonen-ID.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="64"/>
        <source>Extent (without zones)</source>
        <translation>Ausdehnung (ohne Zonen)</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="64"/>
        <source>Counts the pixels whose centre is inside this rectangle.</source>
        <translation>Zählt die Pixel, deren Mittelpunkt in diesem Rechteck liegt.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>Area unit</source>
        <translation>Flächeneinheit</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>square metres</source>
        <translation>Quadratmeter</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>hectares</source>
        <translation>Hektar</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>square kilometres</source>
        <translation>Quadratkilometer</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="66"/>
        <source>Unit of the area columns and of the total.</source>
        <translation>Einheit der Flächenspalten und der Summe.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>Boundary pixels</source>
        <translation>Randpixel</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>pixel centre</source>
        <translation>Pixelmittelpunkt</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>exact coverage</source>
        <translation>exakte Abdeckung</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="70"/>
        <source>Pixel centre counts a pixel for the zone that holds its centre; exact coverage counts the fraction of each boundary pixel inside the polygon.</source>
        <translation>Pixelmittelpunkt zählt ein Pixel für die Zone, die seinen Mittelpunkt enthält; exakte Abdeckung zählt den Anteil jedes Randpixels, der im Polygon liegt.</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="77"/>
        <source>Zones with class areas</source>
        <translation>Zonen mit Klassenflächen</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="80"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="80"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="83"/>
        <source>Total land-cover area</source>
        <translation>Gesamte Landbedeckungsfläche</translation>
    </message>
    <message>
        <location filename="../processing/areastatistics.py" line="119"/>
        <source>Land-cover area: {:.2f} {}</source>
        <translation>Landbedeckungsfläche: {:.2f} {}</translation>
    </message>
</context>
<context>
    <name>CLCplusAccounts</name>
    <message>
        <location filename="../core/accounts.py" line="53"/>
        <source>Opening extent</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="54"/>
        <source>Additions</source>
        <translation>Zugänge</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="55"/>
        <source>Reductions</source>
        <translation>Abgänge</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="56"/>
        <source>Net change</source>
        <translation>Nettoveränderung</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="57"/>
        <source>Closing extent</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="192"/>
        <source>total ({})</source>
        <translation>Summe ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="241"/>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="241"/>
        <source>Compared area</source>
        <translation>Verglichene Fläche</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="285"/>
        <source>Both rasters are from {}: the per-year figures are left empty</source>
        <translation>Beide Raster sind von {}: Die Werte pro Jahr bleiben leer</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="288"/>
        <source>The year of a raster is not known: the per-year figures are left empty; give the years to fill them</source>
        <translation>Das Jahr eines Rasters ist nicht bekannt: Die Werte pro Jahr bleiben leer; geben Sie die Jahre an, um sie zu füllen</translation>
    </message>
    <message>
        <location filename="../core/accounts.py" line="292"/>
        <source>{:.2f} ha of uncertain change (low confidence) are left out of the accounts, in both the opening and the closing extent</source>
        <translation>{:.2f} ha unsichere Veränderung (niedrige Konfidenz) bleiben in den Konten außen vor, im Anfangs- wie im Endbestand</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="24"/>
        <source>CLCplus Backbone land take and ecosystem extent {}</source>
        <translation>CLCplus Backbone: Flächeninanspruchnahme und Ökosystemausdehnung {}</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="29"/>
        <source>What is counted</source>
        <translation>Was gezählt wird</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="31"/>
        <source>Land take ({})</source>
        <translation>Flächeninanspruchnahme ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="33"/>
        <source>Land take by origin class and returned land ({})</source>
        <translation>Flächeninanspruchnahme nach Herkunftsklasse und entsiegelte Fläche ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="35"/>
        <source>Right of the axis: land that became sealed, by the class it was; left: sealed land that became another class. The black mark is the net land take.</source>
        <translation>Rechts der Achse: versiegelte Fläche nach ihrer früheren Klasse; links: versiegelte Fläche, die zu einer anderen Klasse wurde. Die schwarze Marke ist die Netto-Flächeninanspruchnahme.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="40"/>
        <source>{} more zones are in the land-take table (CSV).</source>
        <translation>{} weitere Zonen stehen in der Tabelle der Flächeninanspruchnahme (CSV).</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="43"/>
        <source>Ecosystem extent account: {} ({})</source>
        <translation>Konto der Ökosystemausdehnung: {} ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="45"/>
        <source>Opening and closing extent per class ({})</source>
        <translation>Anfangs- und Endbestand je Klasse ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="48"/>
        <source>Ecosystem extent account: zone {} ({})</source>
        <translation>Konto der Ökosystemausdehnung: Zone {} ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="52"/>
        <source>The extent accounts of the other zones are in the extent account tables (CSV).</source>
        <translation>Die Ausdehnungskonten der übrigen Zonen stehen in den Tabellen des Ausdehnungskontos (CSV).</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="54"/>
        <source>Caveats</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="61"/>
        <source>Pixels that are land cover in both years. Land take: area that became sealed ({}); returned: sealed area that became another class; net land take = land take - returned. Land: the compared area without water in the earlier year. Opening + additions - reductions = closing for every class, and the additions of all classes equal their reductions.</source>
        <translation>Pixel, die in beiden Jahren Landbedeckung sind. Flächeninanspruchnahme: versiegelt gewordene Fläche ({}); entsiegelt: versiegelte Fläche, die zu einer anderen Klasse wurde; Netto-Flächeninanspruchnahme = Flächeninanspruchnahme - entsiegelt. Landfläche: die verglichene Fläche ohne Wasser im früheren Jahr. Anfangsbestand + Zugänge - Abgänge = Endbestand für jede Klasse, und die Zugänge aller Klassen sind gleich ihren Abgängen.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="68"/>
        <source>Change in patches below the minimum mapping unit ({} pixels) counts as unchanged.</source>
        <translation>Veränderung in Flecken unter der Mindestkartiereinheit ({} Pixel) gilt als unverändert.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="72"/>
        <source>Uncertain change (confidence below {}) is left out of both the opening and the closing extent, as it is left out of the change matrix.</source>
        <translation>Unsichere Veränderung (Konfidenz unter {}) bleibt im Anfangs- wie im Endbestand außen vor, wie in der Veränderungsmatrix.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="76"/>
        <source>Per year: divided by the {} years between the reference years.</source>
        <translation>Pro Jahr: geteilt durch die {} Jahre zwischen den Referenzjahren.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="89"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="89"/>
        <source>Land ({})</source>
        <translation>Landfläche ({})</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="90"/>
        <source>Land take</source>
        <translation>Flächeninanspruchnahme</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="90"/>
        <source>Returned</source>
        <translation>Entsiegelt</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="91"/>
        <source>Net land take</source>
        <translation>Netto-Flächeninanspruchnahme</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="91"/>
        <source>Land take per year</source>
        <translation>Flächeninanspruchnahme pro Jahr</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="92"/>
        <source>Net land take per year</source>
        <translation>Netto-Flächeninanspruchnahme pro Jahr</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="93"/>
        <source>Land take, % of land</source>
        <translation>Flächeninanspruchnahme, % der Landfläche</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="94"/>
        <source>Net land take, % of land</source>
        <translation>Netto-Flächeninanspruchnahme, % der Landfläche</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="126"/>
        <source>{}: {} {} became sealed</source>
        <translation>{}: {} {} wurden versiegelt</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="136"/>
        <source>{} {} of sealed land became {}</source>
        <translation>{} {} versiegelte Fläche wurden zu {}</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="140"/>
        <source>Net land take: {} {}</source>
        <translation>Netto-Flächeninanspruchnahme: {} {}</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="171"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="188"/>
        <source>Nothing was compared.</source>
        <translation>Es wurde nichts verglichen.</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="210"/>
        <source>Pale: {} (opening); full colour: {} (closing).</source>
        <translation>Blass: {} (Anfangsbestand); kräftig: {} (Endbestand).</translation>
    </message>
    <message>
        <location filename="../core/accounts_report.py" line="164"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
</context>
<context>
    <name>CLCplusBlocks</name>
    <message>
        <location filename="../core/blocks.py" line="175"/>
        <source>The extent {} is empty (it has no width or no height): give a rectangle with an area</source>
        <translation>Die Ausdehnung {} ist leer (sie hat keine Breite oder keine Höhe): Geben Sie ein Rechteck mit einer Fläche an</translation>
    </message>
    <message>
        <location filename="../core/blocks.py" line="187"/>
        <source>the common area of {}</source>
        <translation>dem gemeinsamen Bereich von {}</translation>
    </message>
    <message>
        <location filename="../core/blocks.py" line="189"/>
        <source>The extent {} holds no pixel of {}, which covers {}: choose an extent that overlaps the raster</source>
        <translation>Die Ausdehnung {} enthält kein Pixel von {}, dessen Daten {} abdecken: Wählen Sie eine Ausdehnung, die das Raster überlappt</translation>
    </message>
</context>
<context>
    <name>CLCplusChange</name>
    <message>
        <location filename="../core/change.py" line="242"/>
        <source>uncertain change</source>
        <translation>unsichere Veränderung</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="249"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="285"/>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="286"/>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="285"/>
        <source>intermediate</source>
        <translation>Zwischenjahr</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="300"/>
        <source>{} is the {} layer ({}) of the product, not the land cover; choose the land-cover raster (RAS)</source>
        <translation>{} ist der Layer {} ({}) des Produkts, nicht die Landbedeckung; wählen Sie das Landbedeckungsraster (RAS)</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="308"/>
        <source>{} is named as {} but was given as {}; {} is used</source>
        <translation>{} trägt im Namen das Jahr {}, wurde aber als {} angegeben; verwendet wird {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="316"/>
        <source>The rasters must be in year order, earlier first: {} is from {}, {} from {}; swap them</source>
        <translation>Die Raster müssen in Jahresreihenfolge angegeben werden, das frühere zuerst: {} ist von {}, {} von {}; vertauschen Sie sie</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="321"/>
        <source>Two rasters are from {}: their differences are between two versions of one map, not change between years</source>
        <translation>Zwei Raster stammen aus {}: Ihre Unterschiede bestehen zwischen zwei Versionen einer Karte und sind keine Veränderung zwischen Jahren</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="359"/>
        <source>{} has {} values; a CLCplus Backbone raster holds 8-bit class codes</source>
        <translation>{} hat Werte vom Typ {}; ein CLCplus-Backbone-Raster enthält 8-Bit-Klassencodes</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="364"/>
        <source>{} has {} values; a confidence layer holds 0-100</source>
        <translation>{} hat Werte vom Typ {}; ein Konfidenzlayer enthält 0-100</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="367"/>
        <source>The rasters do not overlap (or the extent or zones lie outside them): there is no common window to compare</source>
        <translation>Die Raster überlappen sich nicht (oder die Ausdehnung bzw. die Zonen liegen außerhalb): Es gibt kein gemeinsames Fenster zum Vergleichen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="382"/>
        <source>{} is the {} layer ({}) of the product; give the confidence layer ({})</source>
        <translation>{} ist der Layer {} ({}) des Produkts; geben Sie den Konfidenzlayer ({}) an</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="386"/>
        <source>{} is the confidence of {}, but its land cover is from {}</source>
        <translation>{} ist die Konfidenz für {}, die Landbedeckung stammt aber aus {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="464"/>
        <source>This GDAL cannot write {} compressed GeoTIFFs; choose LZW</source>
        <translation>Dieses GDAL kann keine {}-komprimierten GeoTIFFs schreiben; wählen Sie LZW</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="874"/>
        <source>No zone meets the rasters&apos; common window; nothing to compare</source>
        <translation>Keine Zone berührt das gemeinsame Fenster der Raster; es gibt nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="879"/>
        <source>The year of {} is not known (not an official file name): give it to see the caveats of that year</source>
        <translation>Das Jahr von {} ist unbekannt (kein offizieller Dateiname): Geben Sie es an, um die Einschränkungen dieses Jahres zu sehen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="913"/>
        <source>Zone {} lies outside the rasters; its areas are 0</source>
        <translation>Zone {} liegt außerhalb der Raster; ihre Flächen sind 0</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="916"/>
        <source>Zone {} holds no pixel centre (smaller than a pixel?); use the exact rule to count its partial pixels</source>
        <translation>Zone {} enthält keinen Pixelmittelpunkt (kleiner als ein Pixel?); verwenden Sie die exakte Regel, um ihre Teilpixel zu zählen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="944"/>
        <source>Compared on the common window of the rasters ({} x {} pixels), smaller than {}</source>
        <translation>Verglichen auf dem gemeinsamen Fenster der Raster ({} x {} Pixel), kleiner als {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1024"/>
        <source>{} pixels of the {} raster hold values that are not CLCplus Backbone codes; they are left out of the matrix</source>
        <translation>{} Pixel des Rasters {} enthalten Werte, die keine CLCplus-Backbone-Codes sind; sie bleiben außerhalb der Matrix</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1032"/>
        <source>{:.2f} ha are coastal seawater buffer ({}) in one year and a land-cover class in the other: not comparable, left out of the matrix</source>
        <translation>{:.2f} ha sind in einem Jahr küstennaher Meerespuffer ({}) und im anderen eine Landbedeckungsklasse: nicht vergleichbar, außerhalb der Matrix</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1037"/>
        <source>({} has no buffer class; its coastal pixels carry other codes)</source>
        <translation>({} hat keine Pufferklasse; seine Küstenpixel tragen andere Codes)</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1042"/>
        <source>{} changed pixels have no confidence value (outside the confidence layer&apos;s area); they count as certain</source>
        <translation>{} veränderte Pixel haben keinen Konfidenzwert (außerhalb des Bereichs des Konfidenzlayers); sie gelten als sicher</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1049"/>
        <source>{:.0f} % of the changed area is between classes the product manuals name as often confused ({}): much of it may be classification differences, not change</source>
        <translation>{:.0f} % der veränderten Fläche liegen zwischen Klassen, die laut Produkthandbüchern oft verwechselt werden ({}): Vieles davon können Klassifikationsunterschiede sein, keine Veränderung</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1054"/>
        <source>No pixel is land cover in both years: there is nothing to compare</source>
        <translation>Kein Pixel ist in beiden Jahren Landbedeckung: Es gibt nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1077"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1094"/>
        <source>CLCplus Backbone change {}</source>
        <translation>CLCplus-Backbone-Veränderung {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1096"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1098"/>
        <source>From → to ({})</source>
        <translation>Von → nach ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1099"/>
        <source>Rows: {} classes; columns: {} classes. The diagonal (grey) is persistence; the shade of the other cells grows with their area.</source>
        <translation>Zeilen: Klassen {}; Spalten: Klassen {}. Die Diagonale (grau) ist die Persistenz; die übrigen Zellen werden mit ihrer Fläche dunkler.</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1108"/>
        <source>Uncertain change (confidence below {} in either year) is not in this matrix: {} {}.</source>
        <translation>Unsichere Veränderung (Konfidenz in einem der Jahre unter {}) ist nicht in dieser Matrix enthalten: {} {}.</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1112"/>
        <source>Net change per class ({})</source>
        <translation>Nettoveränderung je Klasse ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1115"/>
        <source>Balance per class ({})</source>
        <translation>Bilanz je Klasse ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1117"/>
        <source>Largest changes</source>
        <translation>Größte Veränderungen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1120"/>
        <source>Most frequent trajectories with a change</source>
        <translation>Häufigste Trajektorien mit Veränderung</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1123"/>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1125"/>
        <source>Caveats</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1128"/>
        <source>(trajectories through {})</source>
        <translation>(Trajektorien über {})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1148"/>
        <source>Compared (land cover in both years)</source>
        <translation>Verglichen (in beiden Jahren Landbedeckung)</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1149"/>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1150"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1152"/>
        <source>Uncertain change (confidence below {})</source>
        <translation>Unsichere Veränderung (Konfidenz unter {})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1155"/>
        <source>Change in patches below the MMU ({} pixels, connectivity {}), counted as unchanged</source>
        <translation>Veränderung in Flecken unterhalb der MMU ({} Pixel, Nachbarschaft {}), als unverändert gezählt</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1159"/>
        <source>Not comparable: {} {} → {} {}</source>
        <translation>Nicht vergleichbar: {} {} → {} {}</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1212"/>
        <source>Area ({})</source>
        <translation>Fläche ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1161"/>
        <source>% of compared</source>
        <translation>% der verglichenen Fläche</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1167"/>
        <source>other values</source>
        <translation>andere Werte</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1175"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1175"/>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1176"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1176"/>
        <source>Persistence</source>
        <translation>Persistenz</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1177"/>
        <source>Gain</source>
        <translation>Zugewinn</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1177"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1178"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1179"/>
        <source>Swap</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1179"/>
        <source>Uncertain gain</source>
        <translation>Unsicherer Zugewinn</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1180"/>
        <source>Uncertain loss</source>
        <translation>Unsicherer Verlust</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1208"/>
        <source>No change.</source>
        <translation>Keine Veränderung.</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1198"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1198"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1199"/>
        <source>% of the from-class</source>
        <translation>% der Ausgangsklasse</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1213"/>
        <source>% of land cover</source>
        <translation>% der Landbedeckung</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>Compared ({})</source>
        <translation>Verglichen ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>Changed ({})</source>
        <translation>Verändert ({})</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1228"/>
        <source>% changed</source>
        <translation>% verändert</translation>
    </message>
    <message>
        <location filename="../core/change.py" line="1232"/>
        <source>{} more zones are in the per-zone table.</source>
        <translation>{} weitere Zonen stehen in der Tabelle je Zone.</translation>
    </message>
</context>
<context>
    <name>CLCplusCheck</name>
    <message>
        <location filename="../core/sources/check.py" line="117"/>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="118"/>
        <source>proxy problem</source>
        <translation>Proxy-Problem</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="119"/>
        <source>certificate (SSL) problem</source>
        <translation>Zertifikatsproblem (SSL)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="120"/>
        <source>name not found (DNS)</source>
        <translation>Name nicht gefunden (DNS)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="121"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="122"/>
        <source>no answer (timeout)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="123"/>
        <source>no credentials</source>
        <translation>keine Zugangsdaten</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="124"/>
        <source>login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="125"/>
        <source>licence not accepted</source>
        <translation>Lizenz nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="126"/>
        <source>quota reached</source>
        <translation>Kontingent erreicht</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="127"/>
        <source>service down</source>
        <translation>Dienst ausgefallen</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="128"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="129"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="202"/>
        <source>{} proxy {}:{}</source>
        <translation>{}-Proxy {}:{}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="203"/>
        <source>{} (the system&apos;s proxy settings)</source>
        <translation>{} (Proxy-Einstellungen des Systems)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="205"/>
        <source>no proxy (the system&apos;s proxy settings give none for this address)</source>
        <translation>kein Proxy (die Proxy-Einstellungen des Systems sehen für diese Adresse keinen vor)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="207"/>
        <source>no proxy (the address is on QGIS&apos;s list of exceptions)</source>
        <translation>kein Proxy (die Adresse steht auf der Ausnahmeliste von QGIS)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="208"/>
        <source>no proxy</source>
        <translation>kein Proxy</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="218"/>
        <source>Unknown source &apos;{}&apos;; choose one of {}</source>
        <translation>Unbekannte Quelle „{}“; wählen Sie eine von {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="375"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="285"/>
        <source>{} itself answers at {}</source>
        <translation>Der Dienst {} selbst antwortet unter {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="315"/>
        <source>It answers</source>
        <translation>Der Dienst antwortet</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="317"/>
        <source>Reference years offered: {}</source>
        <translation>Angebotene Referenzjahre: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="337"/>
        <source>No mirror given: enter the URL or folder of the mirror</source>
        <translation>Kein Spiegelserver angegeben: Geben Sie die URL oder den Ordner des Spiegelservers ein</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="345"/>
        <source>The mosaic {} cannot be opened: {}</source>
        <translation>Das Mosaik {} kann nicht geöffnet werden: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="347"/>
        <source>The mosaic file {} opens ({} x {} pixels)</source>
        <translation>Die Mosaikdatei {} lässt sich öffnen ({} x {} Pixel)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="353"/>
        <source>The folder {} does not exist</source>
        <translation>Der Ordner {} existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="355"/>
        <source>The folder {} cannot be read</source>
        <translation>Der Ordner {} kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="357"/>
        <source>The folder {} can be read</source>
        <translation>Der Ordner {} ist lesbar</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="362"/>
        <source>The mirror refuses access (HTTP {}) to {}</source>
        <translation>Der Spiegelserver verweigert den Zugriff (HTTP {}) auf {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="365"/>
        <source>The mirror answers and has {}</source>
        <translation>Der Spiegelserver antwortet und stellt {} bereit</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="366"/>
        <source>The mirror answers (HTTP {} for {}: it may hold other tiles than this one)</source>
        <translation>Der Spiegelserver antwortet (HTTP {} für {}: Er enthält möglicherweise andere Kacheln als diese)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="389"/>
        <source>QGIS connects through the {}, which failed: {}. Check the proxy&apos;s address, port and login in {}, or ask your IT department which proxy to use</source>
        <translation>QGIS verbindet sich über den {}, und diese Verbindung ist fehlgeschlagen: {}. Prüfen Sie Adresse, Port und Anmeldedaten des Proxys unter {} oder fragen Sie Ihre IT-Abteilung, welcher Proxy zu verwenden ist</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="394"/>
        <source>The secure connection to {} failed: QGIS does not trust the certificate it was shown ({}). Behind a company proxy that inspects HTTPS, add your organisation's root certificate in Settings › Options › Authentication › Certificate Manager; otherwise check that the computer's date and time are right</source>
        <translation>Die sichere Verbindung zu {} ist fehlgeschlagen: QGIS vertraut dem vorgelegten Zertifikat nicht ({}). Befinden Sie sich hinter einem Firmen-Proxy, der HTTPS-Verbindungen untersucht, fügen Sie das Stammzertifikat Ihrer Organisation unter Einstellungen › Optionen › Authentifizierung › Zertifikatsverwaltung hinzu; andernfalls prüfen Sie, ob Datum und Uhrzeit des Computers stimmen</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="401"/>
        <source>The name {} could not be found (DNS): the computer is offline, or the network needs a proxy that QGIS does not use (QGIS uses {}; proxies are set in {})</source>
        <translation>Der Name {} wurde nicht gefunden (DNS): Der Computer ist offline, oder das Netzwerk erfordert einen Proxy, den QGIS nicht verwendet (QGIS verwendet: {}; Proxys werden unter {} eingestellt)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="407"/>
        <source>{} did not answer within {:g} s: a firewall may drop the connection, or the network needs a proxy (QGIS uses {}; proxies are set in {})</source>
        <translation>{} hat nicht innerhalb von {:g} s geantwortet: Möglicherweise verwirft eine Firewall die Verbindung, oder das Netzwerk erfordert einen Proxy (QGIS verwendet: {}; Proxys werden unter {} eingestellt)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="412"/>
        <source>{} could not be reached ({}): a firewall may block it, the service may be down, or the network needs a proxy (QGIS uses {}; proxies are set in {})</source>
        <translation>{} konnte nicht erreicht werden ({}): Möglicherweise blockiert eine Firewall den Zugriff, der Dienst ist ausgefallen oder das Netzwerk erfordert einen Proxy (QGIS verwendet: {}; Proxys werden unter {} eingestellt)</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="419"/>
        <source>The {} asks for a login (HTTP 407): enter the proxy&apos;s user name and password in {}</source>
        <translation>Der {} verlangt eine Anmeldung (HTTP 407): Geben Sie Benutzername und Passwort des Proxys unter {} ein</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="424"/>
        <source>{} takes no more requests for now (HTTP 429); try again later: {}</source>
        <translation>{} nimmt derzeit keine Anfragen mehr an (HTTP 429); versuchen Sie es später erneut: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="428"/>
        <source>{} answers through the {}, but with a server error (HTTP {}): the service is down or overloaded, or the proxy cannot reach it; try again later</source>
        <translation>{} antwortet über den {}, aber mit einem Serverfehler (HTTP {}): Der Dienst ist ausgefallen oder überlastet, oder der Proxy erreicht ihn nicht; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="432"/>
        <source>{} answers, but with a server error (HTTP {}): the service is down or overloaded; try again later</source>
        <translation>{} antwortet, aber mit einem Serverfehler (HTTP {}): Der Dienst ist ausgefallen oder überlastet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="437"/>
        <source>{} refused access (HTTP {}): {}</source>
        <translation>{} hat den Zugriff verweigert (HTTP {}): {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="440"/>
        <source>{} answered something this plugin cannot use: {}</source>
        <translation>{} hat etwas geantwortet, das dieses Plugin nicht verwenden kann: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="458"/>
        <source>In plain words</source>
        <translation>Im Klartext</translation>
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
        <translation>CLCplus Backbone: Verbindungsprüfung</translation>
    </message>
    <message>
        <location filename="../core/sources/check.py" line="82"/>
        <source>Settings › Options › Network</source>
        <translation>Einstellungen › Optionen › Netzwerk</translation>
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
        <translation>Copernicus-Landbedeckung mit 10 m Auflösung. Wählen Sie ein Gebiet und ein Jahr; rufen Sie dann die Karte ab, zählen Sie die Klassen oder vergleichen Sie zwei Jahre.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="95"/>
        <source>1. Area of interest</source>
        <translation>1. Untersuchungsgebiet</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="113"/>
        <source>2. Years</source>
        <translation>2. Jahre</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="203"/>
        <source>The year whose map is fetched and counted.</source>
        <translation>Das Jahr, dessen Karte abgerufen und ausgezählt wird.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="121"/>
        <source>The year to compare the reference year with (Change page).</source>
        <translation>Das Jahr, mit dem das Referenzjahr verglichen wird (Seite Veränderung).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="125"/>
        <source>Unit of the areas in the tables and charts.</source>
        <translation>Einheit der Flächen in Tabellen und Diagrammen.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="128"/>
        <source>Reference year</source>
        <translation>Referenzjahr</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="129"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="130"/>
        <source>Area unit</source>
        <translation>Flächeneinheit</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="143"/>
        <source>Fetches the tiles the area needs into the cache (tiles already there are reused) and adds the map of the area, styled, in a group named for the year.</source>
        <translation>Ruft die für das Gebiet nötigen Kacheln in den Cache ab (dort vorhandene Kacheln werden wiederverwendet) und fügt die Karte des Gebiets fertig symbolisiert in eine nach dem Jahr benannte Gruppe ein.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="41"/>
        <source>Stop the running task; tiles fetched so far stay in the cache.</source>
        <translation>Die laufende Aufgabe anhalten; bereits abgerufene Kacheln bleiben im Cache.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="156"/>
        <source>Class areas</source>
        <translation>Klassenflächen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="157"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="197"/>
        <source>Fetch &amp;&amp; show {}</source>
        <translation>{} abrufen &amp;&amp; anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="219"/>
        <source>Compare {} → {}</source>
        <translation>{} → {} vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="256"/>
        <source>Finding the tiles of the area…</source>
        <translation>Kacheln des Gebiets werden ermittelt…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="258"/>
        <source>Tiles of the area</source>
        <translation>Kacheln des Gebiets</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="272"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="310"/>
        <source>&lt;b&gt;{n} tile(s)&lt;/b&gt; of 100 km for {year}: {ids}</source>
        <translation>&lt;b&gt;{n} Kachel(n)&lt;/b&gt; zu 100 km für {year}: {ids}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="314"/>
        <source>Read in place from the mosaic file; nothing to download.</source>
        <translation>Wird direkt aus der Mosaikdatei gelesen; nichts herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="316"/>
        <source>All in the cache already: nothing to download.</source>
        <translation>Alles bereits im Cache: nichts herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="318"/>
        <source>{cached} in the cache, {missing} to download (at most about {size} MB; the files are compressed).</source>
        <translation>{cached} im Cache, {missing} herunterzuladen (höchstens etwa {size} MB; die Dateien sind komprimiert).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="324"/>
        <source>{year} comes from {service}, which needs an account: choose your login under Data source.</source>
        <translation>{year} kommt von {service}; dafür ist ein Konto nötig: Wählen Sie Ihre Anmeldung unter Datenquelle.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="46"/>
        <source>Fetching the {} tiles</source>
        <translation>Kacheln für {} werden abgerufen</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="52"/>
        <source>{}: no mosaic was written; no tile of the area is available.</source>
        <translation>{}: Es wurde kein Mosaik geschrieben; für das Gebiet ist keine Kachel verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="57"/>
        <source>Land cover {year} ({area})</source>
        <translation>Landbedeckung {year} ({area})</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="60"/>
        <source>QGIS could not open the mosaic {}.</source>
        <translation>QGIS konnte das Mosaik {} nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/dockfiles.py" line="81"/>
        <source>The {} map of the area is missing; fetch it first.</source>
        <translation>Die Karte {} des Gebiets fehlt; rufen Sie sie zuerst ab.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="352"/>
        <source>The {} map of the area is in the layer panel.</source>
        <translation>Die Karte {} des Gebiets steht im Bedienfeld Layer.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="84"/>
        <source>{year}, {where}: {area} {unit} of land cover (classes 1–11).</source>
        <translation>{year}, {where}: {area} {unit} Landbedeckung (Klassen 1–11).</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="92"/>
        <source>Counting the class areas of {}</source>
        <translation>Klassenflächen von {} werden gezählt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="361"/>
        <source>Class areas of {} counted.</source>
        <translation>Klassenflächen von {} gezählt.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="121"/>
        <source>{earlier} → {later}, {area}: {changed} {unit} changed class, {pct} % of the {compared} {unit} compared.</source>
        <translation>{earlier} → {later}, {area}: {changed} {unit} mit Klassenwechsel, {pct} % der verglichenen {compared} {unit}.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="128"/>
        <source>Uncertain change: {} {}.</source>
        <translation>Unsichere Veränderung: {} {}.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="142"/>
        <source>Change {} → {} ({})</source>
        <translation>Veränderung {} → {} ({})</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="144"/>
        <source>QGIS could not open the change raster {}.</source>
        <translation>QGIS konnte das Veränderungsraster {} nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="148"/>
        <source>Comparing {} with {}</source>
        <translation>{} wird mit {} verglichen</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="150"/>
        <source>Styling the change layer</source>
        <translation>Veränderungslayer wird symbolisiert</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="370"/>
        <source>{} and {} compared; the change layer is in the layer panel.</source>
        <translation>{} und {} verglichen; der Veränderungslayer steht im Bedienfeld Layer.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="91"/>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="97"/>
        <source>Canceled. Tiles fetched so far stay in the cache.</source>
        <translation>Abgebrochen. Bereits abgerufene Kacheln bleiben im Cache.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="67"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="103"/>
        <source>Add outlines as a layer</source>
        <translation>Als Layer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="104"/>
        <source>The panel draws the tiles on the map without adding anything to the project; this adds them as a layer (tile ids as labels) to keep, style or export.</source>
        <translation>Das Bedienfeld zeichnet die Kacheln auf die Karte, ohne dem Projekt etwas hinzuzufügen; dies fügt sie als Layer hinzu (Kachel-IDs als Beschriftung), um sie zu behalten, zu gestalten oder zu exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="82"/>
        <source>Step {n} of {count}: {step}</source>
        <translation>Schritt {n} von {count}: {step}</translation>
    </message>
    <message>
        <location filename="../ui/runstatus.py" line="22"/>
        <source>: open Data source in this panel and choose your login under Account (the + button beside it adds one)</source>
        <translation>: Öffnen Sie „Datenquelle“ in diesem Bedienfeld und wählen Sie Ihre Anmeldung unter „Konto“ (die Schaltfläche + daneben fügt eine hinzu)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="459"/>
        <source>{year} comes from {service}, which needs an account, and tiles of the area are not in the cache yet. Open Data source and choose your login under Account (add one with the + button beside it).</source>
        <translation>{year} kommt von {service}, wofür ein Konto nötig ist, und Kacheln des Gebiets sind noch nicht im Cache. Öffnen Sie „Datenquelle“ und wählen Sie Ihre Anmeldung unter „Konto“ (mit der Schaltfläche + daneben fügen Sie eine hinzu).</translation>
    </message>
    <message>
        <location filename="../ui/steps.py" line="47"/>
        <source>Fetching the {} confidence tiles</source>
        <translation>Konfidenzkacheln für {} werden abgerufen</translation>
    </message>
</context>
<context>
    <name>CLCplusFetch</name>
    <message>
        <location filename="../core/cache.py" line="174"/>
        <source>none</source>
        <translation>keinem KBS</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="178"/>
        <source>unknown</source>
        <translation>unbekanntem KBS</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="203"/>
        <source>{} is in {}, not EPSG:3035</source>
        <translation>{} liegt in {}, nicht in EPSG:3035</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="208"/>
        <source>{} has pixels of {:g} x {:g} m, not {} m</source>
        <translation>{} hat Pixel von {:g} x {:g} m, nicht {} m</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="225"/>
        <source>The tile {}</source>
        <translation>Die Kachel {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="234"/>
        <source>{} is a {} file, not a GeoTIFF</source>
        <translation>{} ist eine {}-Datei, kein GeoTIFF</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="111"/>
        <source>{} has {} bands, not 1</source>
        <translation>{} hat {} Bänder, nicht 1</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="116"/>
        <source>{} holds {} values, not {}</source>
        <translation>{} enthält Werte vom Typ {}, nicht {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="300"/>
        <source>{} is damaged: {}</source>
        <translation>{} ist beschädigt: {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="273"/>
        <source>{} is truncated: {} bytes where its blocks need {}</source>
        <translation>{} ist abgeschnitten: {} Bytes, wo seine Blöcke {} brauchen</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="282"/>
        <source>{}: only 8-bit layers are checked</source>
        <translation>{}: Nur 8-Bit-Layer werden geprüft</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="303"/>
        <source>{} could not be read whole ({} of {} pixels)</source>
        <translation>{} konnte nicht vollständig gelesen werden ({} von {} Pixeln)</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="311"/>
        <source>{} has a damaged overview: {}</source>
        <translation>{} hat eine beschädigte Übersicht: {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="315"/>
        <source>{} holds values that are not codes of this layer: {}</source>
        <translation>{} enthält Werte, die keine Codes dieses Layers sind: {}</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="156"/>
        <source>{} is locked by another fetch; try again when it has finished</source>
        <translation>{} ist durch einen anderen Abruf gesperrt; versuchen Sie es erneut, wenn dieser beendet ist</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="392"/>
        <source>Cannot write into the cache folder {}: {}</source>
        <translation>In den Cache-Ordner {} kann nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="430"/>
        <source>Cannot put the tile {} into the cache ({}); if it is open in QGIS, remove its layer and try again</source>
        <translation>Die Kachel {} kann nicht in den Cache gelegt werden ({}); wenn sie in QGIS geöffnet ist, entfernen Sie ihren Layer und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="126"/>
        <source>{} did not answer with JSON (HTTP {}): {}</source>
        <translation>{} hat nicht mit JSON geantwortet (HTTP {}): {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="205"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="351"/>
        <source>{} failed: {}</source>
        <translation>Anfrage an {} fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="347"/>
        <source>timed out after {:g} s without data</source>
        <translation>Zeitüberschreitung nach {:g} s ohne Daten</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="357"/>
        <source>{} redirects too often</source>
        <translation>{} leitet zu oft weiter</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="385"/>
        <source>{} closed the connection after {} bytes</source>
        <translation>{} hat die Verbindung nach {} Bytes geschlossen</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="405"/>
        <source>{} answered HTTP {}: {}</source>
        <translation>{} hat mit HTTP {} geantwortet: {}</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="399"/>
        <source>{} asks to wait {:.0f} s before trying again (HTTP {}); try again later</source>
        <translation>{} bittet, {:.0f} s bis zum nächsten Versuch zu warten (HTTP {}); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="410"/>
        <source>{} (gave up after {} attempts)</source>
        <translation>{} (aufgegeben nach {} Versuchen)</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="416"/>
        <source>{}; trying again in {:.1f} s</source>
        <translation>{}; neuer Versuch in {:.1f} s</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="527"/>
        <source>{} sent more than {} MB where a short answer was expected</source>
        <translation>{} hat mehr als {} MB gesendet, wo eine kurze Antwort erwartet wurde</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="36"/>
        <source>a name with a NUL character</source>
        <translation>einen Namen mit einem NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="39"/>
        <source>an absolute path ({})</source>
        <translation>einen absoluten Pfad ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="41"/>
        <source>a path that climbs out of the folder ({})</source>
        <translation>einen Pfad, der aus dem Ordner hinausführt ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="44"/>
        <source>a link ({})</source>
        <translation>einen Link ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="58"/>
        <source>Not a readable zip file: {}</source>
        <translation>Keine lesbare ZIP-Datei: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="63"/>
        <source>The zip holds {} entries; at most {} are accepted</source>
        <translation>Die ZIP-Datei enthält {} Einträge; höchstens {} werden akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="69"/>
        <source>The zip was refused: it holds {}</source>
        <translation>Die ZIP-Datei wurde abgelehnt: Sie enthält {}</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="87"/>
        <source>The zip would unpack to {:.0f} MB, more than the limit of {:.0f} MB</source>
        <translation>Die ZIP-Datei würde auf {:.0f} MB entpackt, mehr als die Grenze von {:.0f} MB</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="110"/>
        <source>The zip holds two entries for {}</source>
        <translation>Die ZIP-Datei enthält zwei Einträge für {}</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="140"/>
        <source>The zip entry {} is damaged: {}</source>
        <translation>Der ZIP-Eintrag {} ist beschädigt: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/base.py" line="192"/>
        <source>another fetch put it into the cache meanwhile</source>
        <translation>ein anderer Abruf hat sie inzwischen in den Cache gelegt</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="64"/>
        <source>CLMS download API</source>
        <translation>CLMS-Download-API</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="67"/>
        <source>The CLMS API</source>
        <translation>Die CLMS-API</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="79"/>
        <source>The CLMS token service failed: {}</source>
        <translation>Der CLMS-Tokendienst ist fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="85"/>
        <source>The CLMS API gave no access token</source>
        <translation>Die CLMS-API hat kein Zugriffstoken geliefert</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_catalogue.py" line="177"/>
        <source>The CLMS catalogue lists no CLCplus Backbone {} {} raster to download; try WEkEO</source>
        <translation>Der CLMS-Katalog führt kein herunterladbares CLCplus-Backbone-Raster {} {}; versuchen Sie es mit WEkEO</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="189"/>
        <source>The CLMS API accepted no data request: {}</source>
        <translation>Die CLMS-API hat keine Datenanfrage angenommen: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="242"/>
        <source>the CLMS API delivered no raster covering {}</source>
        <translation>die CLMS-API hat kein Raster geliefert, das {} abdeckt</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="237"/>
        <source>The CLMS task {} finished without a download address</source>
        <translation>Der CLMS-Auftrag {} wurde ohne Downloadadresse beendet</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="245"/>
        <source>The CLMS task {} ended as &apos;{}&apos;: {}</source>
        <translation>Der CLMS-Auftrag {} endete als „{}“: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="250"/>
        <source>The CLMS task {} was still &apos;{}&apos; after {:.0f} min; try again later</source>
        <translation>Der CLMS-Auftrag {} war noch „{}“ (nach {:.0f} min); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="93"/>
        <source>The delivered raster {}</source>
        <translation>Das gelieferte Raster {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="97"/>
        <source>{} cannot be opened: {}</source>
        <translation>{} kann nicht geöffnet werden: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/common.py" line="51"/>
        <source>The zip holds no file {}</source>
        <translation>Die ZIP-Datei enthält keine Datei {}</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="33"/>
        <source>The QGIS authentication system is not available: {}</source>
        <translation>Das QGIS-Authentifizierungssystem ist nicht verfügbar: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="37"/>
        <source>There is no authentication configuration with the id &apos;{}&apos;</source>
        <translation>Es gibt keine Authentifizierungskonfiguration mit der ID „{}“</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="43"/>
        <source>The authentication configuration &apos;{}&apos; could not be read; check that the QGIS master password is set</source>
        <translation>Die Authentifizierungskonfiguration „{}“ konnte nicht gelesen werden; prüfen Sie, ob das QGIS-Master-Passwort gesetzt ist</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="55"/>
        <source>The authentication configuration &apos;{}&apos; ({}) must be of the method &apos;Basic&apos; with a user name and a password for {}</source>
        <translation>Die Authentifizierungskonfiguration „{}“ ({}) muss die Methode „Basic“ mit Benutzername und Passwort für {} verwenden</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="71"/>
        <source>The authentication configuration &apos;{}&apos; ({}) does not hold a CLMS service key: paste the whole JSON of the key (with client_id, user_id, token_uri and private_key) as its password, or store it with the plugin</source>
        <translation>Die Authentifizierungskonfiguration „{}“ ({}) enthält keinen CLMS-Dienstschlüssel: Fügen Sie das vollständige JSON des Schlüssels (mit client_id, user_id, token_uri und private_key) als Passwort ein oder speichern Sie ihn mit dem Plugin</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="84"/>
        <source>This is not the JSON of a CLMS service key</source>
        <translation>Dies ist nicht das JSON eines CLMS-Dienstschlüssels</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="88"/>
        <source>The service key lacks {}</source>
        <translation>Dem Dienstschlüssel fehlt {}</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="99"/>
        <source>The service key could not be stored; set the QGIS master password first</source>
        <translation>Der Dienstschlüssel konnte nicht gespeichert werden; setzen Sie zuerst das QGIS-Master-Passwort</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="70"/>
        <source>Unknown source &apos;{}&apos;; choose one of {}</source>
        <translation>Unbekannte Quelle „{}“; wählen Sie eine von {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="149"/>
        <source>{} has no {} layer for {}</source>
        <translation>{} hat keinen Layer {} für {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="108"/>
        <source>{} of {} tile(s) from {}: {}</source>
        <translation>{} von {} Kachel(n) von {}: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="123"/>
        <source>{} answered something unexpected ({}: {}); try again later or choose another source</source>
        <translation>{} hat etwas Unerwartetes geantwortet ({}: {}); versuchen Sie es später erneut oder wählen Sie eine andere Quelle</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="136"/>
        <source>not fetched</source>
        <translation>nicht abgerufen</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="174"/>
        <source>The mosaic {} cannot be opened: {}</source>
        <translation>Das Mosaik {} kann nicht geöffnet werden: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="180"/>
        <source>The mosaic</source>
        <translation>Das Mosaik</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="184"/>
        <source>The mosaic {} is not aligned on the 10 m grid</source>
        <translation>Das Mosaik {} ist nicht am 10-m-Gitter ausgerichtet</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="188"/>
        <source>The mosaic {} is not a one-band {} raster</source>
        <translation>Das Mosaik {} ist kein einbandiges {}-Raster</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="198"/>
        <source>outside the mosaic</source>
        <translation>außerhalb des Mosaiks</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="271"/>
        <source>No tile of the area of interest is available, so there is no mosaic to write</source>
        <translation>Keine Kachel des Untersuchungsgebiets ist verfügbar, daher gibt es kein Mosaik zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="290"/>
        <source>The area of interest does not overlap the available tiles</source>
        <translation>Das Untersuchungsgebiet überlappt die verfügbaren Kacheln nicht</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="306"/>
        <source>GDAL could not write the mosaic {}</source>
        <translation>GDAL konnte das Mosaik {} nicht schreiben</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="319"/>
        <source>The mosaic is written as .vrt (a window onto the tiles) or .tif (a copy); not as {}</source>
        <translation>Das Mosaik wird als .vrt (ein Fenster auf die Kacheln) oder .tif (eine Kopie) geschrieben, nicht als {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="106"/>
        <source>EEA ImageServer</source>
        <translation>EEA ImageServer</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="174"/>
        <source>The ImageServer description</source>
        <translation>Die ImageServer-Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="184"/>
        <source>outside the ImageServer&apos;s extent</source>
        <translation>außerhalb der Ausdehnung des ImageServers</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="232"/>
        <source>The ImageServer at {} has {} m pixels, not 10 m</source>
        <translation>Der ImageServer unter {} hat {}-m-Pixel, nicht 10 m</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="236"/>
        <source>The ImageServer at {} describes no usable extent</source>
        <translation>Der ImageServer unter {} beschreibt keine verwendbare Ausdehnung</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="266"/>
        <source>The ImageServer&apos;s answer for {}</source>
        <translation>Die Antwort des ImageServers für {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="270"/>
        <source>The ImageServer answered text instead of an image for {}</source>
        <translation>Der ImageServer hat für {} Text statt eines Bildes geantwortet</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="272"/>
        <source>The ImageServer window {},{} of {}</source>
        <translation>Das ImageServer-Fenster {},{} von {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="276"/>
        <source>{} is not an image GDAL can open: {}</source>
        <translation>{} ist kein Bild, das GDAL öffnen kann: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="280"/>
        <source>{} is {} x {} pixels, not the {} x {} asked for</source>
        <translation>{} hat {} x {} Pixel, nicht die angeforderten {} x {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="395"/>
        <source>{} is not JSON</source>
        <translation>{} ist kein JSON</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="397"/>
        <source>{} is not a JSON object</source>
        <translation>{} ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="404"/>
        <source>{}: the service reports an error: {}</source>
        <translation>{}: Der Dienst meldet einen Fehler: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="79"/>
        <source>The service key&apos;s private key cannot be read: {}</source>
        <translation>Der private Schlüssel des Dienstschlüssels kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="82"/>
        <source>The service key&apos;s private key is not an RSA key; RS256 needs one. Create a new service key in your CLMS profile.</source>
        <translation>Der private Schlüssel des Dienstschlüssels ist kein RSA-Schlüssel; RS256 benötigt einen. Erstellen Sie in Ihrem CLMS-Profil einen neuen Dienstschlüssel.</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="90"/>
        <source>This QGIS&apos;s Python has no &apos;cryptography&apos; module, and the built-in signer reads only unencrypted RSA keys in PEM form ({}). Install &apos;cryptography&apos; into the Python of QGIS (OSGeo4W installer: package python3-cryptography; Debian/Ubuntu: apt install python3-cryptography; elsewhere: python -m pip install cryptography with the Python QGIS uses), restart QGIS and try again. The other sources work without it.</source>
        <translation>Das Python dieses QGIS hat kein Modul „cryptography“, und der eingebaute Signierer liest nur unverschlüsselte RSA-Schlüssel im PEM-Format ({}). Installieren Sie „cryptography“ in das Python von QGIS (OSGeo4W-Installer: Paket python3-cryptography; Debian/Ubuntu: apt install python3-cryptography; sonst: python -m pip install cryptography mit dem Python, das QGIS verwendet), starten Sie QGIS neu und versuchen Sie es erneut. Die anderen Quellen funktionieren ohne das Modul.</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="129"/>
        <source>no PEM block found</source>
        <translation>kein PEM-Block gefunden</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="132"/>
        <source>this key is encrypted</source>
        <translation>dieser Schlüssel ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="137"/>
        <source>the PEM block is damaged</source>
        <translation>der PEM-Block ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="152"/>
        <source>the key is not an RSA key</source>
        <translation>der Schlüssel ist kein RSA-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="156"/>
        <source>a &apos;{}&apos; block is not an RSA private key</source>
        <translation>ein „{}“-Block ist kein privater RSA-Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="165"/>
        <source>the key could not be parsed</source>
        <translation>der Schlüssel konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="175"/>
        <source>The service key&apos;s RSA key is too short</source>
        <translation>Der RSA-Schlüssel des Dienstschlüssels ist zu kurz</translation>
    </message>
    <message>
        <location filename="../core/sources/jwt.py" line="183"/>
        <source>The service key&apos;s RSA key is inconsistent; create a new one</source>
        <translation>Der RSA-Schlüssel des Dienstschlüssels ist inkonsistent; erstellen Sie einen neuen</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="53"/>
        <source>Mirror or folder</source>
        <translation>Spiegelserver oder Ordner</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="57"/>
        <source>The mirror source needs a URL or a folder (a template with {year} and {tile} is allowed), or a local mosaic file</source>
        <translation>Die Quelle Spiegelserver benötigt eine URL oder einen Ordner (eine Vorlage mit {year} und {tile} ist erlaubt) oder eine lokale Mosaikdatei</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="62"/>
        <source>The folder or file {} does not exist</source>
        <translation>Der Ordner bzw. die Datei {} existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="115"/>
        <source>not found at {}</source>
        <translation>nicht gefunden unter {}</translation>
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
        <translation>Der Tokendienst von WEkEO ist fehlgeschlagen: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="92"/>
        <source>WEkEO gave no access token</source>
        <translation>WEkEO hat kein Zugriffstoken geliefert</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="262"/>
        <source>WEkEO has no {} tile {}</source>
        <translation>WEkEO hat keine Kachel {} {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="299"/>
        <source>WEkEO accepted no order for {}</source>
        <translation>WEkEO hat keinen Auftrag für {} angenommen</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="308"/>
        <source>WEkEO was still preparing {} after {:.0f} min; try again later</source>
        <translation>WEkEO hat {} nach {:.0f} min noch vorbereitet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="212"/>
        <source>{} covers x {:.0f}–{:.0f}, y {:.0f}–{:.0f}, not the expected x {:.0f}–{:.0f}, y {:.0f}–{:.0f}</source>
        <translation>{} deckt x {:.0f}–{:.0f}, y {:.0f}–{:.0f} ab, nicht wie erwartet x {:.0f}–{:.0f}, y {:.0f}–{:.0f}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="92"/>
        <source>The CLMS API refused the service key (HTTP {}: {}); create a new key in your CLMS profile (land.copernicus.eu › My profile › API tokens) and store it again</source>
        <translation>Die CLMS-API hat den Dienstschlüssel abgelehnt (HTTP {}: {}); erstellen Sie in Ihrem CLMS-Profil einen neuen Schlüssel (land.copernicus.eu › My profile › API tokens) und speichern Sie ihn erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/credentials.py" line="28"/>
        <source>{} needs an authentication configuration: add one in Settings › Options › Authentication and choose it in this tool</source>
        <translation>{} benötigt eine Authentifizierungskonfiguration: Legen Sie unter Einstellungen › Optionen › Authentifizierung eine an und wählen Sie sie in diesem Werkzeug</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="83"/>
        <source>WEkEO refused the user name or password of the chosen authentication configuration (HTTP {}); check them at wekeo.eu and in Settings › Options › Authentication</source>
        <translation>WEkEO hat Benutzername oder Passwort der gewählten Authentifizierungskonfiguration abgelehnt (HTTP {}); prüfen Sie sie auf wekeo.eu und unter Einstellungen › Optionen › Authentifizierung</translation>
    </message>
    <message>
        <location filename="../core/cache.py" line="378"/>
        <source>The cached tile {}</source>
        <translation>Die Kachel {} im Cache</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="161"/>
        <source>process {} on this computer</source>
        <translation>Prozess {} auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="163"/>
        <source>process {} on the computer {}</source>
        <translation>Prozess {} auf dem Computer {}</translation>
    </message>
    <message>
        <location filename="../core/filelock.py" line="165"/>
        <source>{} is locked by another fetch ({}, since {}); try again when it has finished, or end that QGIS if it hangs</source>
        <translation>{} ist durch einen anderen Abruf gesperrt ({}, seit {}); versuchen Sie es erneut, wenn dieser beendet ist, oder beenden Sie das betreffende QGIS, falls es hängt</translation>
    </message>
    <message>
        <location filename="../core/filesink.py" line="181"/>
        <source>no text</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="200"/>
        <source>{} is not an http or https address; only those are downloaded</source>
        <translation>{} ist keine http- oder https-Adresse; nur solche Adressen werden heruntergeladen</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="212"/>
        <source>{} redirects to {}, which is not an http or https address; the redirect was not followed. Check the address, or tell the server&apos;s operator</source>
        <translation>{} leitet auf {} weiter, das keine http- oder https-Adresse ist; der Weiterleitung wurde nicht gefolgt. Prüfen Sie die Adresse oder informieren Sie den Betreiber des Servers</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="217"/>
        <source>{} redirects from https to the unencrypted address {}; the redirect was not followed (the download could be read or changed on the way). Check the address, or tell the server&apos;s operator</source>
        <translation>{} leitet von https auf die unverschlüsselte Adresse {} weiter; der Weiterleitung wurde nicht gefolgt (der Download könnte unterwegs mitgelesen oder verändert werden). Prüfen Sie die Adresse oder informieren Sie den Betreiber des Servers</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="332"/>
        <source>{} sends more than the {} MB allowed for this download ({} MB); check that the address points to a tile</source>
        <translation>{} sendet mehr als die für diesen Download erlaubten {} MB ({} MB); prüfen Sie, ob die Adresse auf eine Kachel verweist</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="350"/>
        <source>{} after {} bytes</source>
        <translation>{} nach {} Bytes</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="362"/>
        <source>{} redirects the sign-in to another server ({}); the credentials were not sent there</source>
        <translation>{} leitet die Anmeldung auf einen anderen Server um ({}); die Zugangsdaten wurden nicht dorthin gesendet</translation>
    </message>
    <message>
        <location filename="../core/http.py" line="380"/>
        <source>{} sent a partial answer that does not fit the part asked for; downloading it again from the start</source>
        <translation>{} hat eine Teilantwort gesendet, die nicht zum angeforderten Teil passt; der Download beginnt erneut von vorn</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="101"/>
        <source>{} cannot be read: {}</source>
        <translation>{} kann nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="109"/>
        <source>{} has {} bytes where {} were installed: it was cut short or changed</source>
        <translation>{} hat {} Bytes, installiert wurden {}: Die Datei wurde gekürzt oder verändert</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="143"/>
        <source>{} changed since it was installed (its content no longer matches)</source>
        <translation>{} hat sich seit der Installation verändert (der Inhalt stimmt nicht mehr überein)</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="184"/>
        <source>{} is not a raster GDAL can open ({})</source>
        <translation>{} ist kein Raster, das GDAL öffnen kann ({})</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="81"/>
        <source>The zip entry {} would be {:.0f} MB, more than the limit of {:.0f} MB; the zip was refused before unpacking</source>
        <translation>Der ZIP-Eintrag {} wäre {:.0f} MB groß, mehr als die Grenze von {:.0f} MB; die ZIP-Datei wurde vor dem Entpacken abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/sources/archive.py" line="134"/>
        <source>The zip entry {} unpacks to more than it declares ({} bytes); refused</source>
        <translation>Der ZIP-Eintrag {} wird beim Entpacken größer, als er angibt ({} Bytes); abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="104"/>
        <source>The CLMS API refused the sign-in because your computer&apos;s clock is wrong (it says: {}); correct the clock (set the time automatically) and try again</source>
        <translation>Die CLMS-API hat die Anmeldung abgelehnt, weil die Uhr Ihres Computers falsch geht (Meldung: {}); stellen Sie die Uhr richtig (Uhrzeit automatisch einstellen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="119"/>
        <source>Signed in: the CLMS API accepted the service key</source>
        <translation>Angemeldet: Die CLMS-API hat den Dienstschlüssel akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="161"/>
        <source>The CLMS API refused the data request: {}</source>
        <translation>Die CLMS-API hat die Datenanfrage abgelehnt: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="165"/>
        <source>The CLMS task {} for the same tiles never started; deleting it</source>
        <translation>Der CLMS-Auftrag {} für dieselben Kacheln wurde nie gestartet; er wird gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="172"/>
        <source>The CLMS API already prepares {} (task {}); waiting for it instead of asking again</source>
        <translation>Die CLMS-API bereitet {} bereits vor (Auftrag {}); es wird darauf gewartet, statt erneut anzufragen</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="194"/>
        <source>The CLMS API refuses the request as a duplicate of an earlier one it does not list; wait a few minutes and try again, or cancel your earlier requests on land.copernicus.eu (My downloads)</source>
        <translation>Die CLMS-API lehnt die Anfrage als Duplikat einer früheren Anfrage ab, die sie nicht auflistet; warten Sie einige Minuten und versuchen Sie es erneut, oder stornieren Sie Ihre früheren Anfragen auf land.copernicus.eu (My downloads)</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="229"/>
        <source>The CLMS API no longer knows task {}; try again</source>
        <translation>Die CLMS-API kennt den Auftrag {} nicht mehr; versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="241"/>
        <source>The CLMS task {} was cancelled (on land.copernicus.eu or by another program); try again</source>
        <translation>Der CLMS-Auftrag {} wurde storniert (auf land.copernicus.eu oder von einem anderen Programm); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="284"/>
        <source>The CLMS task {} could not be deleted: {}</source>
        <translation>Der CLMS-Auftrag {} konnte nicht gelöscht werden: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="287"/>
        <source>Deleted the CLMS task {}</source>
        <translation>CLMS-Auftrag {} gelöscht</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="331"/>
        <source>Your computer&apos;s clock is {} s ahead; correct it (set the time automatically). The CLMS API refuses sign-ins from a clock more than a minute ahead, so the plugin used the CLMS server&apos;s time this time.</source>
        <translation>Die Uhr Ihres Computers geht {} s vor; stellen Sie sie richtig (Uhrzeit automatisch einstellen). Die CLMS-API lehnt Anmeldungen ab, wenn die Uhr mehr als eine Minute vorgeht, daher hat das Plugin diesmal die Zeit des CLMS-Servers verwendet.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="334"/>
        <source>Your computer&apos;s clock is {} s behind; correct it (set the time automatically). The CLMS API refuses sign-ins from a clock more than an hour behind, so the plugin used the CLMS server&apos;s time this time.</source>
        <translation>Die Uhr Ihres Computers geht {} s nach; stellen Sie sie richtig (Uhrzeit automatisch einstellen). Die CLMS-API lehnt Anmeldungen ab, wenn die Uhr mehr als eine Stunde nachgeht, daher hat das Plugin diesmal die Zeit des CLMS-Servers verwendet.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="339"/>
        <source>The CLMS API refused the sign-in ({}): your computer&apos;s clock is {} s ahead; correct it (set the time automatically) and try again</source>
        <translation>Die CLMS-API hat die Anmeldung abgelehnt ({}): Die Uhr Ihres Computers geht {} s vor; stellen Sie sie richtig (Uhrzeit automatisch einstellen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_api.py" line="341"/>
        <source>The CLMS API refused the sign-in ({}): your computer&apos;s clock is {} s behind; correct it (set the time automatically) and try again</source>
        <translation>Die CLMS-API hat die Anmeldung abgelehnt ({}): Die Uhr Ihres Computers geht {} s nach; stellen Sie sie richtig (Uhrzeit automatisch einstellen) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="123"/>
        <source>{} is off the product&apos;s 10 m grid (by {:.3g} of a pixel): it was resampled, and the plugin does not resample. Try WEkEO for this tile.</source>
        <translation>{} liegt nicht auf dem 10-m-Gitter des Produkts (Versatz: {:.3g} Pixel): Es wurde resampelt, und das Plugin resampelt nicht. Versuchen Sie es für diese Kachel mit WEkEO.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="160"/>
        <source>The CLMS API delivered only {:.1f} % of the tile: x {:.0f}–{:.0f}, y {:.0f}–{:.0f} is missing. Nothing was kept; try again later, or use WEkEO.</source>
        <translation>Die CLMS-API hat nur {:.1f} % der Kachel geliefert: x {:.0f}–{:.0f}, y {:.0f}–{:.0f} fehlt. Es wurde nichts übernommen; versuchen Sie es später erneut oder verwenden Sie WEkEO.</translation>
    </message>
    <message>
        <location filename="../core/sources/clms_delivery.py" line="219"/>
        <source>The files the CLMS API delivered disagree where they overlap ({}); nothing was kept. Try again later, or use WEkEO.</source>
        <translation>Die von der CLMS-API gelieferten Dateien widersprechen sich, wo sie sich überlappen ({}); es wurde nichts übernommen. Versuchen Sie es später erneut oder verwenden Sie WEkEO.</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="160"/>
        <source>{}; it was removed from the cache and is fetched again</source>
        <translation>{}; die Kachel wurde aus dem Cache entfernt und wird erneut abgerufen</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="132"/>
        <source>The ImageServer&apos;s list of services</source>
        <translation>Die Dienstliste des ImageServers</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="157"/>
        <source>The list of services could not be read: {}</source>
        <translation>Die Dienstliste konnte nicht gelesen werden: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="165"/>
        <source>The {} service answered: EPSG:3035, 10 m pixels, up to {} x {} pixels a request</source>
        <translation>Der Dienst {} hat geantwortet: EPSG:3035, 10-m-Pixel, bis zu {} x {} Pixel je Anfrage</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="189"/>
        <source>The ImageServer at {} allows only {} x {} pixels a request, so one tile would take {} requests (the plugin makes at most {})</source>
        <translation>Der ImageServer unter {} erlaubt nur {} x {} Pixel je Anfrage, eine Kachel bräuchte also {} Anfragen (das Plugin stellt höchstens {})</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="226"/>
        <source>The ImageServer at {} is in {}, not EPSG:3035</source>
        <translation>Der ImageServer unter {} liegt in {}, nicht in EPSG:3035</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="243"/>
        <source>The ImageServer at {} describes an unusable image size limit (maxImageWidth {}, maxImageHeight {})</source>
        <translation>Der ImageServer unter {} beschreibt eine unbrauchbare Bildgrößengrenze (maxImageWidth {}, maxImageHeight {})</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="285"/>
        <source>{} holds {} values, not the 8-bit values asked for</source>
        <translation>{} enthält Werte vom Typ {}, nicht die angeforderten 8-Bit-Werte</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="325"/>
        <source>{}; try again later, or choose another data source, such as WEkEO or a mirror</source>
        <translation>{}; versuchen Sie es später erneut oder wählen Sie eine andere Datenquelle, etwa WEkEO oder einen Spiegelserver</translation>
    </message>
    <message>
        <location filename="../core/sources/imageserver.py" line="383"/>
        <source>an undescribed CRS</source>
        <translation>einem nicht beschriebenen KBS</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="127"/>
        <source>Accept the licence {} once: at wekeo.eu (your profile › Terms and conditions), or tick 'Accept the Copernicus licence on WEkEO' in this tool</source>
        <translation>Akzeptieren Sie die Lizenz {} einmalig: auf wekeo.eu (Ihr Profil › Terms and conditions) oder durch Aktivieren von „Copernicus-Lizenz auf WEkEO akzeptieren“ in diesem Werkzeug</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="133"/>
        <source>Accepted the licence {} on WEkEO</source>
        <translation>Lizenz {} auf WEkEO akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="174"/>
        <source>Signed in: WEkEO gave an access token</source>
        <translation>Angemeldet: WEkEO hat ein Zugriffstoken geliefert</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="177"/>
        <source>The account has not accepted the licence {} that {} requires: accept it once at wekeo.eu (your profile › Terms and conditions), or tick 'Accept the Copernicus licence on WEkEO' when fetching</source>
        <translation>Das Konto hat die Lizenz {} nicht akzeptiert, die {} voraussetzt: Akzeptieren Sie sie einmalig auf wekeo.eu (Ihr Profil › Terms and conditions) oder aktivieren Sie beim Abrufen „Copernicus-Lizenz auf WEkEO akzeptieren“</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="182"/>
        <source>The licence of {} is accepted</source>
        <translation>Die Lizenz von {} ist akzeptiert</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="189"/>
        <source>The dataset&apos;s query options could not be read ({}), so its years are not known</source>
        <translation>Die Abfrageoptionen des Datensatzes konnten nicht gelesen werden ({}), daher sind seine Jahre nicht bekannt</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="235"/>
        <source>use the EEA ImageServer, or a local copy of the mosaic with the mirror source</source>
        <translation>verwenden Sie den EEA ImageServer oder eine lokale Kopie des Mosaiks mit der Quelle Spiegelserver</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="238"/>
        <source>use the CLMS download API source (it cuts the tiles out of the pan-European file), or download that file once from land.copernicus.eu and choose it in the mirror source</source>
        <translation>verwenden Sie die Quelle CLMS-Download-API (sie schneidet die Kacheln aus der europaweiten Datei aus) oder laden Sie diese Datei einmalig von land.copernicus.eu herunter und wählen Sie sie bei der Quelle Spiegelserver aus</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="243"/>
        <source>WEkEO offers the {} {} layer only as a pan-European file, not as tiles; {}</source>
        <translation>WEkEO bietet den Layer {} {} nur als europaweite Datei an, nicht als Kacheln; {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="246"/>
        <source>WEkEO lists no {} {} layer; {}</source>
        <translation>WEkEO führt keinen Layer {} {}; {}</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="265"/>
        <source>WEkEO&apos;s search stopped after {} of {} results and did not list {}; try again later</source>
        <translation>Die Suche von WEkEO wurde nach {} von {} Ergebnissen beendet und hat {} nicht aufgeführt; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="283"/>
        <source>{}. No tile was fetched yet: run the same fetch again then</source>
        <translation>{}. Es wurde noch keine Kachel abgerufen: Führen Sie denselben Abruf dann erneut aus</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo.py" line="286"/>
        <source>{}. The {} tile(s) fetched before are kept in the cache: run the same fetch again then and it goes on with the {} missing</source>
        <translation>{}. Die {} bereits abgerufenen Kachel(n) bleiben im Cache: Führen Sie denselben Abruf dann erneut aus; er setzt mit den {} fehlenden fort</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="93"/>
        <source>{} (in {} min)</source>
        <translation>{} (in {} min)</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="102"/>
        <source>WEkEO takes no more requests for now (HTTP 429, quota: {} orders an hour); you can go on from {}</source>
        <translation>WEkEO nimmt derzeit keine Anfragen mehr an (HTTP 429, Kontingent: {} Aufträge pro Stunde); Sie können ab {} weitermachen</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="105"/>
        <source>WEkEO takes no more requests for now (HTTP 429, quota: {} orders an hour, each counted for one hour); you can go on within the hour</source>
        <translation>WEkEO nimmt derzeit keine Anfragen mehr an (HTTP 429, Kontingent: {} Aufträge pro Stunde, jeder zählt eine Stunde lang); Sie können innerhalb der nächsten Stunde weitermachen</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="134"/>
        <source>WEkEO is busy (HTTP 429); trying again in {:.1f} s</source>
        <translation>WEkEO ist ausgelastet (HTTP 429); neuer Versuch in {:.1f} s</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="175"/>
        <source>WEkEO refused access even with a new token (HTTP {}: {}): the account may not be allowed to use this dataset or its terms; log in at wekeo.eu to check, then try again</source>
        <translation>WEkEO hat den Zugriff auch mit einem neuen Token verweigert (HTTP {}: {}): Das Konto ist möglicherweise nicht berechtigt, diesen Datensatz oder dessen Bedingungen zu nutzen; melden Sie sich zur Prüfung auf wekeo.eu an und versuchen Sie es dann erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/wekeo_broker.py" line="195"/>
        <source>WEkEO stayed busy (HTTP 429) after {} attempts; try again later</source>
        <translation>WEkEO war nach {} Versuchen weiterhin ausgelastet (HTTP 429); versuchen Sie es später erneut</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="107"/>
        <source>The EEA ImageServer could not say which years it serves ({}); trying WEkEO</source>
        <translation>Der EEA ImageServer konnte nicht angeben, welche Jahre er bereitstellt ({}); WEkEO wird versucht</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="130"/>
        <source>{} did not say which years it offers ({}); trying {} anyway</source>
        <translation>{} hat nicht angegeben, welche Jahre angeboten werden ({}); {} wird trotzdem versucht</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="136"/>
        <source>{} offers {}, a year newer than this plugin&apos;s product facts: {}</source>
        <translation>{} bietet {} an, ein Jahr, das neuer ist als die Produktangaben dieses Plugins: {}</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="144"/>
        <source>{} does not offer CLCplus Backbone {} (yet); it offers: {}. Try again once the year is published there, or choose another source</source>
        <translation>{} bietet CLCplus Backbone {} (noch) nicht an; angebotene Jahre: {}. Versuchen Sie es erneut, sobald das Jahr dort veröffentlicht ist, oder wählen Sie eine andere Quelle</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="177"/>
        <source>{} is a web page, not a GeoTIFF (“{}”): the server sent an error or sign-in page instead of the file</source>
        <translation>{} ist eine Webseite, kein GeoTIFF („{}“): Der Server hat statt der Datei eine Fehler- oder Anmeldeseite gesendet</translation>
    </message>
    <message>
        <location filename="../core/integrity.py" line="180"/>
        <source>{} is text, not a GeoTIFF (“{}”): the server sent a message instead of the file</source>
        <translation>{} ist Text, kein GeoTIFF („{}“): Der Server hat statt der Datei eine Nachricht gesendet</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="95"/>
        <source>All {} tile(s) are in the cache: no request made</source>
        <translation>Alle {} Kachel(n) sind im Cache: keine Anfrage gestellt</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="235"/>
        <source>{} of {} tile(s) done</source>
        <translation>{} von {} Kachel(n) fertig</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="127"/>
        <source>{} sent a web page instead of the tile (“{}”); check the mirror's address, and whether it needs a sign-in</source>
        <translation>{} hat statt der Kachel eine Webseite gesendet („{}“); prüfen Sie die Adresse des Spiegelservers und ob er eine Anmeldung erfordert</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="130"/>
        <source>{} sent text instead of the tile (“{}”); check the mirror's address</source>
        <translation>{} hat statt der Kachel Text gesendet („{}“); prüfen Sie die Adresse des Spiegelservers</translation>
    </message>
    <message>
        <location filename="../core/sources/years.py" line="143"/>
        <source>no year</source>
        <translation>kein Jahr</translation>
    </message>
    <message>
        <location filename="../core/sources/fetch.py" line="238"/>
        <source>{} of {} MB</source>
        <translation>{} von {} MB</translation>
    </message>
    <message>
        <location filename="../core/sources/mirror.py" line="66"/>
        <source>the mirror</source>
        <translation>den Spiegelserver</translation>
    </message>
</context>
<context>
    <name>CLCplusGrid</name>
    <message>
        <location filename="../core/grid.py" line="43"/>
        <source>Part of the area of interest lies in {names}: CLCplus Backbone maps the French overseas departments as national mosaics in their own UTM projection, not on the 100 km grid of Europe, so that part is left out here.</source>
        <translation>Ein Teil des Untersuchungsgebiets liegt in Übersee: {names}. CLCplus Backbone bildet die französischen Überseedepartements als nationale Mosaike in ihrer eigenen UTM-Projektion ab, nicht auf dem 100-km-Gitter Europas; dieser Teil wird hier daher ausgelassen.</translation>
    </message>
    <message>
        <location filename="../core/grid.py" line="48"/>
        <source>The area of interest lies in {names}: CLCplus Backbone maps the French overseas departments as national mosaics in their own UTM projection, not on the 100 km grid of Europe, so this tool cannot fetch tiles there.</source>
        <translation>Das Untersuchungsgebiet liegt in Übersee: {names}. CLCplus Backbone bildet die französischen Überseedepartements als nationale Mosaike in ihrer eigenen UTM-Projektion ab, nicht auf dem 100-km-Gitter Europas; daher kann dieses Werkzeug dort keine Kacheln abrufen.</translation>
    </message>
    <message>
        <location filename="../core/grid.py" line="52"/>
        <source>Download the department&apos;s mosaic from WEkEO (dataset EO:EEA:DAT:CLC-PLUS; for 2023 named like {files}) or from land.copernicus.eu, then count its classes or compare years on it with the Class areas and Change tools: areas come from its 10 m pixels; UTM is not equal-area, but within a department the error stays below 0.1 % (0.35 % at the western edge of French Guiana).</source>
        <translation>Laden Sie das Mosaik des Departements von WEkEO (Datensatz EO:EEA:DAT:CLC-PLUS; für 2023 benannt wie {files}) oder von land.copernicus.eu herunter und zählen Sie dann darin die Klassen oder vergleichen Sie Jahre mit den Werkzeugen „Klassenflächen“ und „Veränderung zwischen Jahren“: Die Flächen ergeben sich aus seinen 10-m-Pixeln; UTM ist nicht flächentreu, aber innerhalb eines Departements bleibt der Fehler unter 0,1 % (0,35 % am Westrand von Französisch-Guayana).</translation>
    </message>
</context>
<context>
    <name>CLCplusLayers</name>
    <message>
        <location filename="../ui/layers.py" line="57"/>
        <source>CLCplus tiles of the area</source>
        <translation>CLCplus-Kacheln des Gebiets</translation>
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
        <translation>CLCplus Backbone: Copernicus-Landbedeckung abrufen, auszählen und vergleichen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="64"/>
        <source>Show or hide the CLCplus Backbone panel</source>
        <translation>Bedienfeld CLCplus Backbone ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="70"/>
        <source>Apply CLCplus legend</source>
        <translation>CLCplus-Legende anwenden</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="89"/>
        <source>CLCplus legend</source>
        <translation>CLCplus-Legende</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="89"/>
        <source>{} styled with {} legend entries</source>
        <translation>{} mit {} Legendeneinträgen symbolisiert</translation>
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
        <translation>CLCplus-Backbone-Landbedeckung (Copernicus, 10 m)</translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="49"/>
        <source>{} feature(s) lie outside the CLCplus Backbone grid ({}) and were skipped</source>
        <translation>{} Objekt(e) liegen außerhalb des CLCplus-Backbone-Gitters ({}) und wurden übersprungen</translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="58"/>
        <source>No feature of the area-of-interest layer overlaps the CLCplus Backbone grid ({}); check the layer&apos;s coordinate reference system</source>
        <translation>Kein Objekt des Untersuchungsgebiet-Layers überlappt das CLCplus-Backbone-Gitter ({}); prüfen Sie das Koordinatenbezugssystem des Layers</translation>
    </message>
    <message>
        <location filename="../processing/styling.py" line="42"/>
        <source>The CLCplus legend was not applied: {}</source>
        <translation>Die CLCplus-Legende wurde nicht angewendet: {}</translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="90"/>
        <source>The zone layer has no polygon; choose a layer with polygons or leave it empty.</source>
        <translation>Der Zonenlayer enthält kein Polygon; wählen Sie einen Layer mit Polygonen oder gar keinen.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="48"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="68"/>
        <source>The tile {} in the tile cache is damaged or incomplete ({}). Fetch it again with clcplus:fetchtiles (Fetch tiles of an area), which notices the damage and downloads the tile anew; if this message comes back, tick &apos;Download again even if cached&apos; there.</source>
        <translation>Die Kachel {} im Kachel-Cache ist beschädigt oder unvollständig ({}). Rufen Sie sie mit clcplus:fetchtiles (Kacheln eines Gebiets abrufen) erneut ab; das Werkzeug erkennt den Schaden und lädt die Kachel neu herunter. Erscheint diese Meldung wieder, aktivieren Sie dort „Erneut herunterladen, auch wenn im Cache“.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="73"/>
        <source>Cannot read the raster {}: it is damaged or incomplete ({}). Check the file (for instance with gdalinfo -checksum) and replace it with a good copy.</source>
        <translation>Das Raster {} kann nicht gelesen werden: Es ist beschädigt oder unvollständig ({}). Prüfen Sie die Datei (zum Beispiel mit gdalinfo -checksum) und ersetzen Sie sie durch eine intakte Kopie.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="85"/>
        <source>{} is a folder: give a file name</source>
        <translation>{} ist ein Ordner: Geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="90"/>
        <source>Cannot write {}: {} is a file, not a folder; choose another folder</source>
        <translation>{} kann nicht geschrieben werden: {} ist eine Datei, kein Ordner; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="94"/>
        <source>Cannot write {}: the folder {} does not exist; create it, or choose a folder that exists</source>
        <translation>{} kann nicht geschrieben werden: Der Ordner {} existiert nicht; legen Sie ihn an oder wählen Sie einen vorhandenen Ordner</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="98"/>
        <source>Cannot write {}: the folder {} is read-only; choose a folder you can write to</source>
        <translation>{} kann nicht geschrieben werden: Der Ordner {} ist schreibgeschützt; wählen Sie einen Ordner, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="102"/>
        <source>Cannot write {}: the file is read-only; choose another file name, or make it writable</source>
        <translation>{} kann nicht geschrieben werden: Die Datei ist schreibgeschützt; wählen Sie einen anderen Dateinamen oder heben Sie den Schreibschutz auf</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="109"/>
        <source>Could not write {} ({}); choose a folder you can write to, with enough free space</source>
        <translation>{} konnte nicht geschrieben werden ({}); wählen Sie einen Ordner, in den Sie schreiben dürfen und der genug freien Speicherplatz hat</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="151"/>
        <source>Known: {}; a later year works once the chosen source publishes it.</source>
        <translation>Bekannte Jahre: {}; ein späteres Jahr funktioniert, sobald die gewählte Quelle es veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="178"/>
        <source>The extent {} is empty (it has no width or no height): give a rectangle with an area, or leave the extent empty</source>
        <translation>Die Ausdehnung {} ist leer (sie hat keine Breite oder keine Höhe): Geben Sie ein Rechteck mit einer Fläche an oder lassen Sie die Ausdehnung leer</translation>
    </message>
</context>
<context>
    <name>CLCplusProduct</name>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Sealed</source>
        <translation>Versiegelt</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Woody needle leaved trees</source>
        <translation>Nadelbäume</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Woody broadleaved deciduous trees</source>
        <translation>Sommergrüne Laubbäume</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Woody broadleaved evergreen trees</source>
        <translation>Immergrüne Laubbäume</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Low-growing woody plants</source>
        <translation>Niedrige Gehölze</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Permanent herbaceous</source>
        <translation>Dauerhaft krautige Vegetation</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Periodically herbaceous</source>
        <translation>Periodisch krautige Vegetation</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Lichens and mosses</source>
        <translation>Flechten und Moose</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Non and sparsely vegetated</source>
        <translation>Vegetationsfrei oder spärlich bewachsen</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="61"/>
        <source>Snow and ice</source>
        <translation>Schnee und Eis</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Coastal seawater buffer</source>
        <translation>Küstennaher Meerespuffer</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Sea within the coastal buffer; not land cover (absent in 2018)</source>
        <translation>Meer innerhalb des Küstenpuffers; keine Landbedeckung (fehlt 2018)</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Outside area</source>
        <translation>Außerhalb des Gebiets</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>Outside the mapped area; not land cover</source>
        <translation>Außerhalb des kartierten Gebiets; keine Landbedeckung</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="79"/>
        <source>No data; drawn transparent</source>
        <translation>Keine Daten; transparent dargestellt</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="139"/>
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="140"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="141"/>
        <source>Data score</source>
        <translation>Datenscore</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="142"/>
        <source>Post-processing flag</source>
        <translation>Nachbearbeitungs-Flag</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2018 has no coastal seawater buffer class (253); its coastal pixels carry other codes.</source>
        <translation>2018 hat keine Klasse küstennaher Meerespuffer (253); seine Küstenpixel tragen andere Codes.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>The United Kingdom is missing from 2021.</source>
        <translation>2021 fehlt das Vereinigte Königreich.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2021 was cross-calibrated against 2018.</source>
        <translation>2021 wurde gegen 2018 kreuzkalibriert.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2023 was cross-calibrated against 2018 and 2021.</source>
        <translation>2023 wurde gegen 2018 und 2021 kreuzkalibriert.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2023 is delivered as 897 tiles of 100 km plus national mosaics of the French overseas departments in their own UTM CRS.</source>
        <translation>2023 wird als 897 Kacheln zu 100 km geliefert, dazu nationale Mosaike der französischen Überseedepartements in ihrem eigenen UTM-KBS.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="246"/>
        <source>No official change product exists: a from-to difference is an estimate with map errors on both dates; small or scattered changes are mostly noise.</source>
        <translation>Es gibt kein offizielles Veränderungsprodukt: Eine Von-nach-Differenz ist eine Schätzung mit Kartenfehlern zu beiden Zeitpunkten; kleine oder verstreute Veränderungen sind meist Rauschen.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="246"/>
        <source>Each year was produced with different inputs, production units and cross-calibration thresholds that allow or suppress transitions.</source>
        <translation>Jedes Jahr wurde mit anderen Eingangsdaten, Produktionseinheiten und Schwellenwerten der Kreuzkalibrierung erzeugt, die Übergänge zulassen oder unterdrücken.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="246"/>
        <source>Classes 5 (low-growing woody plants) and 8 (lichens and mosses) are the least accurate; 6 and 7 are often confused (droughts, mowing).</source>
        <translation>Die Klassen 5 (Niedrige Gehölze) und 8 (Flechten und Moose) sind am wenigsten genau; 6 und 7 werden oft verwechselt (Trockenheit, Mahd).</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="107"/>
        <source>To sealed</source>
        <translation>Zu versiegelt</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="108"/>
        <source>Tree loss</source>
        <translation>Baumverlust</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="109"/>
        <source>Tree gain</source>
        <translation>Baumzuwachs</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="110"/>
        <source>Water and snow change</source>
        <translation>Veränderung Wasser und Schnee</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="112"/>
        <source>Vegetation gain</source>
        <translation>Vegetationszunahme</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="114"/>
        <source>Vegetation loss</source>
        <translation>Vegetationsabnahme</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="118"/>
        <source>Other change of class</source>
        <translation>Anderer Klassenwechsel</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="124"/>
        <source>No change</source>
        <translation>Keine Veränderung</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="208"/>
        <source>{kind}: {count} more transitions</source>
        <translation>{kind}: {count} weitere Übergänge</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="233"/>
        <source>Cannot open raster {name}: {error}</source>
        <translation>Raster {name} kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="256"/>
        <source>{name}: band 1 holds {type} values, but CLCplus Backbone rasters hold whole-number class codes. Choose the land-cover (or change) raster itself; a reprojected or resampled copy must use nearest-neighbour resampling and keep an integer type (for example gdal_translate -ot Byte).</source>
        <translation>{name}: Band 1 enthält Werte vom Typ {type}, CLCplus-Backbone-Raster enthalten aber ganzzahlige Klassencodes. Wählen Sie das Landbedeckungs- (oder Veränderungs-)Raster selbst; eine umprojizierte oder resampelte Kopie muss mit Nächster-Nachbar-Resampling erstellt sein und einen Ganzzahltyp behalten (zum Beispiel gdal_translate -ot Byte).</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="332"/>
        <source>and {} more</source>
        <translation>und {} weitere</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="338"/>
        <source>{name}: band 1 holds values that are not CLCplus Backbone codes: {values}. A land-cover raster holds the codes {first}-{last} and {special}. Choose the land-cover layer (RAS), not a confidence, data-score or post-processing layer; a change raster of this plugin is styled with the kind &apos;change&apos;.</source>
        <translation>{name}: Band 1 enthält Werte, die keine CLCplus-Backbone-Codes sind: {values}. Ein Landbedeckungsraster enthält die Codes {first}-{last} und {special}. Wählen Sie den Landbedeckungslayer (RAS), keinen Konfidenz-, Datenscore- oder Nachbearbeitungslayer; ein Veränderungsraster dieses Plugins wird mit der Art „Veränderung“ dargestellt.</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="346"/>
        <source>If 0 marks the area outside a clip, declare it as no data first (Layer Properties &gt; Transparency &gt; Additional no data value, or gdal_translate -a_nodata 0).</source>
        <translation>Wenn 0 den Bereich außerhalb eines Ausschnitts kennzeichnet, deklarieren Sie 0 zuerst als NoData (Layereigenschaften &gt; Transparenz &gt; Zusätzlicher NoData-Wert oder gdal_translate -a_nodata 0).</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="355"/>
        <source>{name}: band 1 holds values that are not change codes: {values}. A change raster of this plugin holds from × 100 + to ({example} is {transition}), {no_change} where the class did not change and {nodata} where either year is not land cover. Make it with the plugin's change algorithm, or style a land-cover raster with the kind 'land cover'.</source>
        <translation>{name}: Band 1 enthält Werte, die keine Veränderungscodes sind: {values}. Ein Veränderungsraster dieses Plugins enthält von × 100 + nach ({example} ist {transition}), {no_change}, wo sich die Klasse nicht verändert hat, und {nodata}, wo eines der Jahre keine Landbedeckung ist. Erzeugen Sie es mit dem Veränderungsalgorithmus des Plugins oder stellen Sie ein Landbedeckungsraster mit der Art „Landbedeckung“ dar.</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="703"/>
        <source>{name} is served by the &apos;{provider}&apos; provider; the legend is checked against the raster&apos;s values, which needs a file GDAL reads (GeoTIFF, VRT, ...). Save a copy as GeoTIFF (Export &gt; Save As) and style that.</source>
        <translation>{name} wird vom Datenanbieter „{provider}“ bereitgestellt; die Legende wird gegen die Werte des Rasters geprüft, dafür ist eine von GDAL lesbare Datei nötig (GeoTIFF, VRT, ...). Speichern Sie eine Kopie als GeoTIFF (Exportieren &gt; Speichern als) und symbolisieren Sie diese.</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="736"/>
        <source>{name} is not a single raster file, so it has no default style file; save the style with a style file name instead.</source>
        <translation>{name} ist keine einzelne Rasterdatei und hat daher keine Standardstildatei; speichern Sie den Stil stattdessen unter einem Stildateinamen.</translation>
    </message>
    <message>
        <location filename="../core/legend.py" line="745"/>
        <source>Cannot write the style file {path}: {error}</source>
        <translation>Die Stildatei {path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="170"/>
        <source>2018 used a ±6 month input window; later years ±3 months.</source>
        <translation>2018 hatte ein Eingangszeitfenster von ±6 Monaten, spätere Jahre ±3 Monate.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="206"/>
        <source>This year is newer than the plugin&apos;s product facts: its file names, layers and codes are taken as those of the latest known year; no accuracy figure and no caveat of its own are known yet (see its product user manual).</source>
        <translation>Dieses Jahr ist neuer als die Produktangaben des Plugins: Für Dateinamen, Layer und Codes wird das neueste bekannte Jahr angenommen; eigene Genauigkeitsangaben und Einschränkungen sind noch nicht bekannt (siehe das Produkthandbuch dieses Jahres).</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="210"/>
        <source>Assumed to be delivered as tiles of 100 km like the latest known year.</source>
        <translation>Vermutlich wie das neueste bekannte Jahr als Kacheln zu 100 km geliefert.</translation>
    </message>
    <message>
        <location filename="../core/product.py" line="353"/>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
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
        <translation>Réunion</translation>
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
        <translation>andere Werte</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="104"/>
        <source>{} has {} values; a CLCplus Backbone raster holds 8-bit class codes</source>
        <translation>{} hat Werte vom Typ {}; ein CLCplus-Backbone-Raster enthält 8-Bit-Klassencodes</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="108"/>
        <source>{} has no coordinate reference system; class areas need one</source>
        <translation>{} hat kein Koordinatenbezugssystem; Klassenflächen benötigen eines</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="111"/>
        <source>{} is in a geographic CRS ({}); class areas need an equal-area grid such as EPSG:3035, the CRS of CLCplus Backbone</source>
        <translation>{} liegt in einem geographischen KBS ({}); Klassenflächen benötigen ein flächentreues Gitter wie EPSG:3035, das KBS von CLCplus Backbone</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="115"/>
        <source>The raster is not in EPSG:3035 but {}: areas are pixel counts times the pixel area of that grid, exact only for an equal-area projection</source>
        <translation>Das Raster liegt nicht in EPSG:3035, sondern in {}: Flächen sind Pixelanzahl mal Pixelfläche dieses Gitters, exakt nur bei einer flächentreuen Projektion</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="120"/>
        <source>The raster&apos;s pixels are {:g} x {:g} m, not the product&apos;s {} m: it may be resampled</source>
        <translation>Die Pixel des Rasters sind {:g} x {:g} m, nicht die {} m des Produkts: Möglicherweise wurde es resampelt</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="152"/>
        <source>Zone {} had an invalid geometry and was repaired</source>
        <translation>Zone {} hatte eine ungültige Geometrie und wurde repariert</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="161"/>
        <source>Zone {} lies outside the raster; its areas are 0</source>
        <translation>Zone {} liegt außerhalb des Rasters; ihre Flächen sind 0</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="164"/>
        <source>Zone {} holds no pixel centre (smaller than a pixel?); use the exact rule to count its partial pixels</source>
        <translation>Zone {} enthält keinen Pixelmittelpunkt (kleiner als ein Pixel?); verwenden Sie die exakte Regel, um ihre Teilpixel zu zählen</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="169"/>
        <source>{} pixels hold values that are not CLCplus Backbone codes ({}); they are counted as &apos;other values&apos;</source>
        <translation>{} Pixel enthalten Werte, die keine CLCplus-Backbone-Codes sind ({}); sie werden als „andere Werte“ gezählt</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="257"/>
        <source>CLCplus Backbone class areas</source>
        <translation>CLCplus-Backbone-Klassenflächen</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="262"/>
        <source>All zones</source>
        <translation>Alle Zonen</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="266"/>
        <source>Zone {}{}</source>
        <translation>Zone {}{}</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="270"/>
        <source>{} more zones are in the table output.</source>
        <translation>{} weitere Zonen stehen in der Tabellenausgabe.</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="272"/>
        <source>pixel centre</source>
        <translation>Pixelmittelpunkt</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="273"/>
        <source>exact pixel coverage</source>
        <translation>exakte Pixelabdeckung</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="274"/>
        <source>Counting rule: {}; pixel area {:g} m²</source>
        <translation>Zählregel: {}; Pixelfläche {:g} m²</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="299"/>
        <source>Land cover (classes 1-11)</source>
        <translation>Landbedeckung (Klassen 1-11)</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="302"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="302"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="303"/>
        <source>Area ({})</source>
        <translation>Fläche ({})</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="303"/>
        <source>% of land cover</source>
        <translation>% der Landbedeckung</translation>
    </message>
    <message>
        <location filename="../core/stats.py" line="304"/>
        <source>% of zone</source>
        <translation>% der Zone</translation>
    </message>
</context>
<context>
    <name>ChangeDetectionAlgorithm</name>
    <message>
        <location filename="../processing/changedetection.py" line="77"/>
        <source>Change between years</source>
        <translation>Veränderung zwischen Jahren</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="80"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="83"/>
        <source>Compares two CLCplus Backbone rasters of different reference years (e.g. 2018 and 2021) on their common window: the from → to matrix, a change raster, the gains and losses of each class and, with an intermediate year, the trajectories (2018 → 2021 → 2023).

The rasters must be on the same 10 m EPSG:3035 grid (tiles, mosaics, VRTs or clips of the product); another CRS, pixel size or a shift of part of a pixel stops with a message naming it. Only pixels that are land cover (classes 1-11) in both years are compared; coastal seawater buffer, outside area and no data are reported apart. The years come from official file names, or from the year parameters.

Change raster (UInt16): from × 100 + to where the class changed (705: low-growing woody plants → periodically herbaceous), 0 where it did not, 65535 where either year is not land cover; tiled, compressed, with overviews and the change legend.

Minimum mapping unit: patches of change smaller than it (pixels touching by an edge and a corner, or by an edge only) count as no change. Confidence layers (RASCL): a change where either year's confidence is below the threshold is counted apart as uncertain change, not in the matrix.

Balance per class (Pontius): gain, loss, net change = gain - loss, swap = 2 × min(gain, loss), persistence.

No official change product exists: a from → to area is an estimate with map errors on both dates; the report lists the caveats of the years compared.</source>
        <translation>Vergleicht zwei CLCplus-Backbone-Raster verschiedener Referenzjahre (z. B. 2018 und 2021) auf ihrem gemeinsamen Fenster: die Matrix von → nach, ein Veränderungsraster, Zugewinne und Verluste jeder Klasse und, mit einem Zwischenjahr, die Trajektorien (2018 → 2021 → 2023).

Die Raster müssen auf demselben 10-m-Gitter in EPSG:3035 liegen (Kacheln, Mosaike, VRTs oder Ausschnitte des Produkts); ein anderes KBS, eine andere Pixelgröße oder ein Versatz um einen Pixelbruchteil bricht mit einer Meldung ab, die ihn benennt. Verglichen werden nur Pixel, die in beiden Jahren Landbedeckung (Klassen 1-11) sind; küstennaher Meerespuffer, „Außerhalb des Gebiets“ und „Keine Daten“ werden gesondert ausgewiesen. Die Jahre stammen aus offiziellen Dateinamen oder aus den Jahresparametern.

Veränderungsraster (UInt16): von × 100 + nach, wo sich die Klasse verändert hat (705: Niedrige Gehölze → Periodisch krautige Vegetation), 0, wo nicht, 65535, wo eines der Jahre keine Landbedeckung ist; gekachelt, komprimiert, mit Übersichten und der Veränderungslegende.

Mindestkartiereinheit: Veränderungsflecken, die kleiner sind (Pixel, die sich über Kante und Ecke oder nur über eine Kante berühren), zählen als keine Veränderung. Konfidenzlayer (RASCL): Eine Veränderung, bei der die Konfidenz eines der Jahre unter dem Schwellenwert liegt, wird gesondert als unsichere Veränderung gezählt, nicht in der Matrix.

Bilanz je Klasse (Pontius): Zugewinn, Verlust, Nettoveränderung = Zugewinn - Verlust, Austausch = 2 × min(Zugewinn, Verlust), Persistenz.

Es gibt kein offizielles Veränderungsprodukt: Eine Fläche von → nach ist eine Schätzung mit Kartenfehlern zu beiden Zeitpunkten; der Bericht nennt die Einschränkungen der verglichenen Jahre.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="111"/>
        <source>Earlier CLCplus Backbone raster</source>
        <translation>Früheres CLCplus-Backbone-Raster</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="111"/>
        <source>The land-cover raster of the earlier year (e.g. 2018).</source>
        <translation>Das Landbedeckungsraster des früheren Jahres (z. B. 2018).</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="113"/>
        <source>Later CLCplus Backbone raster</source>
        <translation>Späteres CLCplus-Backbone-Raster</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="113"/>
        <source>The land-cover raster of the later year (e.g. 2023), on the same grid.</source>
        <translation>Das Landbedeckungsraster des späteren Jahres (z. B. 2023) auf demselben Gitter.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="115"/>
        <source>Intermediate raster (for trajectories)</source>
        <translation>Zwischenraster (für Trajektorien)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="115"/>
        <source>A raster of a year between the two (e.g. 2021): adds the trajectories earlier → intermediate → later. The matrix still compares the earlier and the later raster.</source>
        <translation>Ein Raster eines Jahres zwischen den beiden (z. B. 2021): ergänzt die Trajektorien früher → Zwischenjahr → später. Die Matrix vergleicht weiterhin das frühere mit dem späteren Raster.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="119"/>
        <source>Year of the earlier raster</source>
        <translation>Jahr des früheren Rasters</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="119"/>
        <source>Year of the later raster</source>
        <translation>Jahr des späteren Rasters</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="119"/>
        <source>Year of the intermediate raster</source>
        <translation>Jahr des Zwischenrasters</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="122"/>
        <source>Only where the file name is not an official one (a clip, a VRT): the year decides which caveats apply and labels the outputs.</source>
        <translation>Nur wenn der Dateiname kein offizieller ist (ein Ausschnitt, ein VRT): Das Jahr bestimmt, welche Einschränkungen gelten, und beschriftet die Ausgaben.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="127"/>
        <source>Zones (polygons)</source>
        <translation>Zonen (Polygone)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="127"/>
        <source>Polygons in any CRS; &apos;selected features only&apos; is honoured. With zones the statistics are per zone (and their sum); the change raster covers the rectangle around them.</source>
        <translation>Polygone in beliebigem KBS; „Nur gewählte Objekte“ wird berücksichtigt. Mit Zonen gelten die Statistiken je Zone (und ihre Summe); das Veränderungsraster deckt das umgebende Rechteck ab.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="131"/>
        <source>Zone name field</source>
        <translation>Feld mit Zonennamen</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="131"/>
        <source>Names the zones in the outputs; the feature id is the zone id.</source>
        <translation>Benennt die Zonen in den Ausgaben; die Objekt-ID ist die Zonen-ID.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="134"/>
        <source>Extent (without zones)</source>
        <translation>Ausdehnung (ohne Zonen)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="134"/>
        <source>Compares the pixels whose centre is inside this rectangle.</source>
        <translation>Vergleicht die Pixel, deren Mittelpunkt in diesem Rechteck liegt.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>Boundary pixels of zones</source>
        <translation>Randpixel der Zonen</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>pixel centre</source>
        <translation>Pixelmittelpunkt</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>exact coverage</source>
        <translation>exakte Abdeckung</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="136"/>
        <source>Pixel centre counts a pixel for the zone that holds its centre; exact coverage counts the fraction of each boundary pixel inside the polygon.</source>
        <translation>Pixelmittelpunkt zählt ein Pixel für die Zone, die seinen Mittelpunkt enthält; exakte Abdeckung zählt den Anteil jedes Randpixels, der im Polygon liegt.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>Area unit</source>
        <translation>Flächeneinheit</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>square metres</source>
        <translation>Quadratmeter</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>hectares</source>
        <translation>Hektar</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>square kilometres</source>
        <translation>Quadratkilometer</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="141"/>
        <source>Unit of the area columns, the CSV, the report and the totals.</source>
        <translation>Einheit der Flächenspalten, der CSV-Datei, des Berichts und der Summen.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="145"/>
        <source>Minimum mapping unit of change (0: off)</source>
        <translation>Mindestkartiereinheit der Veränderung (0: aus)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="145"/>
        <source>Patches of change smaller than this are counted as no change (and are 0 in the change raster). 0 keeps every changed pixel.</source>
        <translation>Veränderungsflecken, die kleiner sind, zählen als keine Veränderung (und sind 0 im Veränderungsraster). 0 behält jedes veränderte Pixel.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>Unit of the minimum mapping unit</source>
        <translation>Einheit der Mindestkartiereinheit</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="150"/>
        <source>A 10 m pixel is 0.01 ha: 0.5 ha is 50 pixels.</source>
        <translation>Ein 10-m-Pixel ist 0,01 ha groß: 0,5 ha sind 50 Pixel.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>Pixels that form a patch</source>
        <translation>Pixel, die einen Fleck bilden</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>touching by an edge or a corner (8)</source>
        <translation>bei Berührung über Kante oder Ecke (8)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>touching by an edge (4)</source>
        <translation>bei Berührung nur über eine Kante (4)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="154"/>
        <source>Which neighbours join a patch of change when the minimum mapping unit is applied.</source>
        <translation>Welche Nachbarn zu einem Veränderungsfleck gehören, wenn die Mindestkartiereinheit angewendet wird.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="159"/>
        <source>Confidence layer of the earlier year</source>
        <translation>Konfidenzlayer des früheren Jahres</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="159"/>
        <source>The product&apos;s confidence layer (RASCL, 0-100) of the earlier year, if it has one (2018 has none).</source>
        <translation>Der Konfidenzlayer des Produkts (RASCL, 0-100) für das frühere Jahr, falls vorhanden (2018 hat keinen).</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="163"/>
        <source>Confidence layer of the later year</source>
        <translation>Konfidenzlayer des späteren Jahres</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="163"/>
        <source>The product&apos;s confidence layer (RASCL, 0-100) of the later year.</source>
        <translation>Der Konfidenzlayer des Produkts (RASCL, 0-100) für das spätere Jahr.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="166"/>
        <source>Confidence threshold</source>
        <translation>Konfidenzschwelle</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="166"/>
        <source>A change where a given confidence layer is below this value is uncertain: counted apart, not in the matrix.</source>
        <translation>Eine Veränderung, bei der ein angegebener Konfidenzlayer unter diesem Wert liegt, ist unsicher: gesondert gezählt, nicht in der Matrix.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>Compression of the change raster</source>
        <translation>Komprimierung des Veränderungsrasters</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>LZW (as the product; any GIS reads it)</source>
        <translation>LZW (wie das Produkt; jedes GIS liest es)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>ZSTD (faster to write; GDAL 2.3 or later)</source>
        <translation>ZSTD (schneller zu schreiben; GDAL 2.3 oder neuer)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="173"/>
        <source>LZW is read everywhere; ZSTD writes several times faster and is read by QGIS 3.4 or later and other GDAL-based software.</source>
        <translation>LZW wird überall gelesen; ZSTD schreibt um ein Mehrfaches schneller und wird von QGIS 3.4 oder neuer und anderer GDAL-basierter Software gelesen.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="179"/>
        <source>Change raster</source>
        <translation>Veränderungsraster</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="179"/>
        <source>GeoTIFF (.tif): from × 100 + to where the class changed, 0 where not, 65535 where either year is not land cover.</source>
        <translation>GeoTIFF (.tif): von × 100 + nach, wo sich die Klasse verändert hat, 0, wo nicht, 65535, wo eines der Jahre keine Landbedeckung ist.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="183"/>
        <source>From-to table</source>
        <translation>Von-nach-Tabelle</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="183"/>
        <source>One row per from → to pair: pixels, area, % of the from-class, uncertain change.</source>
        <translation>Eine Zeile je Paar von → nach: Pixel, Fläche, % der Ausgangsklasse, unsichere Veränderung.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="186"/>
        <source>From-to matrix (CSV)</source>
        <translation>Von-nach-Matrix (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="186"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="186"/>
        <source>Rows: classes of the earlier year; columns: classes of the later year; areas.</source>
        <translation>Zeilen: Klassen des früheren Jahres; Spalten: Klassen des späteren Jahres; Flächen.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="190"/>
        <source>Balance per class</source>
        <translation>Bilanz je Klasse</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="190"/>
        <source>Per class: area in each year, persistence, gain, loss, net, total change, swap.</source>
        <translation>Je Klasse: Fläche in jedem Jahr, Persistenz, Zugewinn, Verlust, Netto, Gesamtveränderung, Austausch.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="194"/>
        <source>From-to table per zone</source>
        <translation>Von-nach-Tabelle je Zone</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="194"/>
        <source>With zones: the from → to table of each zone.</source>
        <translation>Mit Zonen: die Tabelle von → nach für jede Zone.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="198"/>
        <source>Trajectories</source>
        <translation>Trajektorien</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="198"/>
        <source>With an intermediate raster: every trajectory of land cover through the three years, most frequent first.</source>
        <translation>Mit einem Zwischenraster: jede Trajektorie der Landbedeckung über die drei Jahre, die häufigsten zuerst.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="203"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="203"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="203"/>
        <source>The matrix as a heat map, net change as bars, the balance, the largest changes and the caveats.</source>
        <translation>Die Matrix als Heatmap, die Nettoveränderung als Balken, die Bilanz, die größten Veränderungen und die Einschränkungen.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="208"/>
        <source>Compared area</source>
        <translation>Verglichene Fläche</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="209"/>
        <source>Changed area</source>
        <translation>Veränderte Fläche</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="210"/>
        <source>Uncertain change area</source>
        <translation>Fläche unsicherer Veränderung</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="270"/>
        <source>The change raster is written as GeoTIFF: give a file name ending in .tif</source>
        <translation>Das Veränderungsraster wird als GeoTIFF geschrieben: Geben Sie einen Dateinamen mit der Endung .tif an</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="289"/>
        <source>The table per zone needs zones; it was not written.</source>
        <translation>Die Tabelle je Zone benötigt Zonen; sie wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="295"/>
        <source>Trajectories need an intermediate raster; they were not written.</source>
        <translation>Trajektorien benötigen ein Zwischenraster; sie wurden nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing/changedetection.py" line="306"/>
        <source>Changed: {:.2f} of {:.2f} {} compared</source>
        <translation>Verändert: {:.2f} von {:.2f} {} verglichen</translation>
    </message>
</context>
<context>
    <name>ChangePanel</name>
    <message>
        <location filename="../ui/results.py" line="230"/>
        <source>Compare years</source>
        <translation>Jahre vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="231"/>
        <source>Fetches both years if needed, then compares them pixel by pixel (Processing: Change between years) and adds the change layer.</source>
        <translation>Ruft bei Bedarf beide Jahre ab, vergleicht sie dann Pixel für Pixel (Verarbeitung: Veränderung zwischen Jahren) und fügt den Veränderungslayer hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="237"/>
        <source>Rows: class in the earlier year; columns: class in the later year. Darker cells: more area changed. Hover a cell for its area.</source>
        <translation>Zeilen: Klasse im früheren Jahr; Spalten: Klasse im späteren Jahr. Dunklere Zellen: mehr Fläche verändert. Zeigen Sie auf eine Zelle, um ihre Fläche zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="242"/>
        <source>Net change per class</source>
        <translation>Nettoveränderung je Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="250"/>
        <source>Read with care</source>
        <translation>Mit Vorsicht lesen</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="299"/>
        <source>{earlier}: {from_name}
{later}: {to_name}
{area}</source>
        <translation>{earlier}: {from_name}
{later}: {to_name}
{area}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="302"/>
        <source> ({} % of {} in {})</source>
        <translation> ({} % von {} in {})</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="304"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="325"/>
        <source>From {} (rows) to {} (columns)</source>
        <translation>Von {} (Zeilen) nach {} (Spalten)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="331"/>
        <source>{name}: gain {gain}, loss {loss}, net {net}</source>
        <translation>{name}: Zugewinn {gain}, Verlust {loss}, netto {net}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="335"/>
        <source>No class gained or lost area.</source>
        <translation>Keine Klasse hat Fläche gewonnen oder verloren.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="276"/>
        <source>No pixel changed class.</source>
        <translation>Kein Pixel hat die Klasse gewechselt.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="279"/>
        <source>Largest change: {}</source>
        <translation>Größte Veränderung: {}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="310"/>
        <source>{code} {name} unchanged: {area}</source>
        <translation>{code} {name} unverändert: {area}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="312"/>
        <source>{a} {from_name} → {b} {to_name}: {area}</source>
        <translation>{a} {from_name} → {b} {to_name}: {area}</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="316"/>
        <source> ({pct} % of class {code} in {year})</source>
        <translation> ({pct} % der Klasse {code} in {year})</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="234"/>
        <source>Choose a year to compare with under Years, then click the Compare button above.</source>
        <translation>Wählen Sie unter „Jahre“ ein Vergleichsjahr und klicken Sie dann oben auf die Schaltfläche zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>CheckConnectionAlgorithm</name>
    <message>
        <location filename="../processing/checkconnection.py" line="37"/>
        <source>Check the connection to the data sources</source>
        <translation>Verbindung zu den Datenquellen prüfen</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="40"/>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="43"/>
        <source>Asks each chosen data source a few cheap questions, as fetching would, and says in plain words what works and what does not, before you fetch 40 tiles: whether QGIS goes through a proxy (Settings › Options › Network) and whether that proxy works; certificate (SSL) errors, as behind a company proxy that inspects HTTPS; a name that does not resolve or a service that cannot be reached; credentials missing or refused; the WEkEO licence not accepted; a quota reached; a service that is down.

EEA ImageServer: its list of services and one service description. WEkEO: sign-in, the dataset's licence terms and its query options. CLMS download API: sign-in with the service key and one catalogue search. Mirror: one tile's address (a URL), or the folder or mosaic file. Nothing is ordered or downloaded, so no quota is used. The reference years each source offers are listed, and a year newer than the plugin becomes available in the dock.</source>
        <translation>Stellt jeder gewählten Datenquelle ein paar kurze Testanfragen, wie es der Abruf tun würde, und sagt im Klartext, was funktioniert und was nicht – bevor Sie 40 Kacheln abrufen: ob QGIS über einen Proxy geht (Einstellungen › Optionen › Netzwerk) und ob dieser Proxy funktioniert; Zertifikatsfehler (SSL), etwa hinter einem Firmen-Proxy, der HTTPS untersucht; ein Name, der sich nicht auflösen lässt, oder ein Dienst, der nicht erreichbar ist; fehlende oder abgelehnte Zugangsdaten; die nicht akzeptierte WEkEO-Lizenz; ein erreichtes Kontingent; ein ausgefallener Dienst.

EEA ImageServer: seine Dienstliste und eine Dienstbeschreibung. WEkEO: die Anmeldung, die Lizenzbedingungen des Datensatzes und seine Abfrageoptionen. CLMS-Download-API: die Anmeldung mit dem Dienstschlüssel und eine Katalogsuche. Spiegelserver: die Adresse einer Kachel (eine URL) oder der Ordner bzw. die Mosaikdatei. Es wird nichts bestellt oder heruntergeladen, daher wird kein Kontingent verbraucht. Die Referenzjahre, die jede Quelle anbietet, werden aufgeführt, und ein Jahr, das neuer ist als das Plugin, wird im Bedienfeld verfügbar.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>Sources to check</source>
        <translation>Zu prüfende Quellen</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>EEA ImageServer</source>
        <translation>EEA ImageServer</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>WEkEO Harmonised Data Access</source>
        <translation>WEkEO Harmonised Data Access</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>CLMS download API</source>
        <translation>CLMS-Download-API</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>Mirror or folder</source>
        <translation>Spiegelserver oder Ordner</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="63"/>
        <source>The sources to ask; the mirror only with a mirror URL or folder.</source>
        <translation>Die abzufragenden Quellen; den Spiegelserver nur mit einer Spiegelserver-URL oder einem Ordner.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="68"/>
        <source>WEkEO authentication configuration</source>
        <translation>WEkEO-Authentifizierungskonfiguration</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="68"/>
        <source>A configuration of the method Basic with your WEkEO user name and password. Without it only whether WEkEO answers is checked.</source>
        <translation>Eine Konfiguration der Methode Basic mit Ihrem WEkEO-Benutzernamen und -Passwort. Ohne sie wird nur geprüft, ob WEkEO antwortet.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="72"/>
        <source>CLMS API authentication configuration</source>
        <translation>CLMS-API-Authentifizierungskonfiguration</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="72"/>
        <source>A configuration holding your CLMS service key (password = the key&apos;s JSON). Without it only the anonymous catalogue search is checked.</source>
        <translation>Eine Konfiguration mit Ihrem CLMS-Dienstschlüssel (Passwort = das JSON des Schlüssels). Ohne sie wird nur die anonyme Katalogsuche geprüft.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="76"/>
        <source>Mirror URL, folder or mosaic file</source>
        <translation>Spiegelserver-URL, Ordner oder Mosaikdatei</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="76"/>
        <source>For the mirror source: the URL (or template) or folder clcplus:fetchtiles would be given.</source>
        <translation>Für die Quelle Spiegelserver: die URL (oder Vorlage) bzw. der Ordner, wie sie auch clcplus:fetchtiles erhalten würde.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="78"/>
        <source>ImageServer URL</source>
        <translation>ImageServer-URL</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="78"/>
        <source>WEkEO broker URL</source>
        <translation>URL des WEkEO-Brokers</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="78"/>
        <source>CLMS API URL</source>
        <translation>URL der CLMS-API</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="80"/>
        <source>Another base URL for this source (as in clcplus:fetchtiles); empty for the official service.</source>
        <translation>Eine andere Basis-URL für diese Quelle (wie in clcplus:fetchtiles); leer für den offiziellen Dienst.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="83"/>
        <source>Network timeout (seconds)</source>
        <translation>Netzwerk-Zeitüberschreitung (Sekunden)</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="83"/>
        <source>A service that sends nothing for this long counts as not answering.</source>
        <translation>Ein Dienst, der so lange nichts sendet, gilt als nicht antwortend.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="86"/>
        <source>Connection check</source>
        <translation>Verbindungsprüfung</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="86"/>
        <source>One row per source: its answer, the message, the address asked, the proxy and the years it offers.</source>
        <translation>Eine Zeile je Quelle: ihre Antwort, die Meldung, die abgefragte Adresse, der Proxy und die angebotenen Jahre.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="90"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="90"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="90"/>
        <source>The same as an HTML page.</source>
        <translation>Dasselbe als HTML-Seite.</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="93"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="94"/>
        <source>Sources that work</source>
        <translation>Funktionierende Quellen</translation>
    </message>
    <message>
        <location filename="../processing/checkconnection.py" line="95"/>
        <source>Sources with a problem</source>
        <translation>Quellen mit Problemen</translation>
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
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="88"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="88"/>
        <source>Pixels</source>
        <translation>Pixel</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="103"/>
        <source>Share of the land-cover area (classes 1–11) of the zone</source>
        <translation>Anteil an der Landbedeckungsfläche (Klassen 1–11) der Zone</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="105"/>
        <source>Area in {}</source>
        <translation>Fläche in {}</translation>
    </message>
    <message>
        <location filename="../ui/tables.py" line="109"/>
        <source>Whole area</source>
        <translation>Gesamtes Gebiet</translation>
    </message>
</context>
<context>
    <name>ConfidenceOption</name>
    <message>
        <location filename="../ui/confidence.py" line="24"/>
        <source>Use the confidence layers</source>
        <translation>Konfidenzlayer verwenden</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="25"/>
        <source>Fetches the confidence layer (0-100) of each year that has one and counts a change apart, as uncertain, where a year&apos;s confidence is below the threshold (Processing: Change between years, confidence parameters).</source>
        <translation>Ruft den Konfidenzlayer (0-100) jedes Jahres ab, das einen hat, und zählt eine Veränderung getrennt als unsicher, wo die Konfidenz eines Jahres unter der Schwelle liegt (Processing: Veränderung zwischen Jahren, Konfidenzparameter).</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="30"/>
        <source>A change where a confidence layer is below this value is uncertain.</source>
        <translation>Eine Veränderung, wo ein Konfidenzlayer unter diesem Wert liegt, ist unsicher.</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="31"/>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="63"/>
        <source>Neither year has a confidence layer.</source>
        <translation>Keines der Jahre hat einen Konfidenzlayer.</translation>
    </message>
    <message>
        <location filename="../ui/confidence.py" line="65"/>
        <source>Only {} has a confidence layer; it alone is used.</source>
        <translation>Nur {} hat einen Konfidenzlayer; nur er wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../ui/check.py" line="87"/>
        <source>Check the connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="34"/>
        <source>Asks the chosen source a few cheap questions (nothing is downloaded) and says what works: the proxy QGIS uses, certificates, the login, the licence, the quota.</source>
        <translation>Stellt der gewählten Quelle ein paar kurze Testanfragen (es wird nichts heruntergeladen) und zeigt, was funktioniert: der von QGIS verwendete Proxy, die Zertifikate, die Anmeldung, die Lizenz, das Kontingent.</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="70"/>
        <source>Checking the connection</source>
        <translation>Verbindung wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="74"/>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="89"/>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/check.py" line="101"/>
        <source>Network: {}</source>
        <translation>Netzwerk: {}</translation>
    </message>
</context>
<context>
    <name>FetchTilesAlgorithm</name>
    <message>
        <location filename="../processing/fetchtiles.py" line="71"/>
        <source>Fetch tiles of an area</source>
        <translation>Kacheln eines Gebiets abrufen</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="74"/>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="77"/>
        <source>Fetches the 100 km tiles of CLCplus Backbone that an area of interest needs into a local cache, and writes a VRT mosaic of the area onto them (nothing is copied) for the statistics, change and legend tools.

Sources: the EEA ImageServer (2018 and 2021, anonymous; assembled pixel for pixel from its exportImage windows), WEkEO (all years; an authentication configuration of the method Basic with your WEkEO user name and password), the CLMS download API (a service key from your CLMS profile stored in the QGIS authentication database: user name anything, password the key&apos;s whole JSON), or a mirror: an http(s) URL or a folder, optionally a template with {year}, {tile}, {layer}, {name} (official file name) and {stem}, holding tiles or per-tile zips - or a local copy of a pan-European mosaic, used in place. &apos;Automatic&apos; takes the ImageServer for 2018 and 2021 and WEkEO for 2023.

Tiles already in the cache are used without any request. Every download is checked (a GeoTIFF in EPSG:3035 at 10 m on the grid cell, only product codes) before it enters the cache; a failed download never replaces a good tile. Downloads resume after a dropped connection and retry when a service is busy. Network access goes through QGIS, so its proxy and SSL settings apply.</source>
        <translation>Ruft die 100-km-Kacheln von CLCplus Backbone, die ein Untersuchungsgebiet benötigt, in einen lokalen Cache ab und schreibt ein VRT-Mosaik des Gebiets auf diese Kacheln (es wird nichts kopiert) für die Statistik-, Veränderungs- und Legendenwerkzeuge.

Quellen: der EEA ImageServer (2018 und 2021, anonym; Pixel für Pixel aus seinen exportImage-Fenstern zusammengesetzt), WEkEO (alle Jahre; eine Authentifizierungskonfiguration der Methode Basic mit Ihrem WEkEO-Benutzernamen und -Passwort), die CLMS-Download-API (ein Dienstschlüssel aus Ihrem CLMS-Profil, gespeichert in der QGIS-Authentifizierungsdatenbank: Benutzername beliebig, Passwort das vollständige JSON des Schlüssels) oder ein Spiegelserver: eine http(s)-URL oder ein Ordner, optional eine Vorlage mit {year}, {tile}, {layer}, {name} (offizieller Dateiname) und {stem}, der Kacheln oder ZIP-Dateien je Kachel enthält – oder eine lokale Kopie eines europaweiten Mosaiks, die direkt verwendet wird. „Automatisch“ nimmt den ImageServer für 2018 und 2021 und WEkEO für 2023.

Kacheln, die bereits im Cache liegen, werden ohne Anfrage verwendet. Jeder Download wird geprüft (ein GeoTIFF in EPSG:3035 mit 10 m auf der Gitterzelle, nur Produktcodes), bevor er in den Cache kommt; ein fehlgeschlagener Download ersetzt nie eine gute Kachel. Downloads werden nach einem Verbindungsabbruch fortgesetzt und wiederholt, wenn ein Dienst ausgelastet ist. Der Netzwerkzugriff läuft über QGIS, daher gelten dessen Proxy- und SSL-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="103"/>
        <source>Area of interest (extent)</source>
        <translation>Untersuchungsgebiet (Ausdehnung)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="103"/>
        <source>A rectangle in any CRS.</source>
        <translation>Ein Rechteck in beliebigem KBS.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="105"/>
        <source>Area of interest (layer)</source>
        <translation>Untersuchungsgebiet (Layer)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="105"/>
        <source>Polygons (or points, lines) in any CRS; with &apos;selected features only&apos; just the selection counts. Only tiles the area really overlaps are fetched.</source>
        <translation>Polygone (oder Punkte, Linien) in beliebigem KBS; mit „Nur gewählte Objekte“ zählt nur die Auswahl. Abgerufen werden nur Kacheln, die das Gebiet tatsächlich überlappt.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="109"/>
        <source>Reference year</source>
        <translation>Referenzjahr</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="109"/>
        <source>The reference year to fetch.</source>
        <translation>Das abzurufende Referenzjahr.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Automatic (ImageServer for 2018 and 2021, WEkEO for 2023)</source>
        <translation>Automatisch (ImageServer für 2018 und 2021, WEkEO für 2023)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>EEA ImageServer (2018, 2021; anonymous)</source>
        <translation>EEA ImageServer (2018, 2021; anonym)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>WEkEO Harmonised Data Access (account)</source>
        <translation>WEkEO Harmonised Data Access (Konto)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>CLMS download API (service key)</source>
        <translation>CLMS-Download-API (Dienstschlüssel)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Mirror, folder or local mosaic</source>
        <translation>Spiegelserver, Ordner oder lokales Mosaik</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="111"/>
        <source>Where the tiles come from. Tiles already in the cache are reused whatever the source.</source>
        <translation>Woher die Kacheln kommen. Kacheln, die bereits im Cache liegen, werden unabhängig von der Quelle wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="119"/>
        <source>The land-cover map, or its confidence layer (0-100; 2021 and 2023, from WEkEO, the CLMS API or a mirror).</source>
        <translation>Die Landbedeckungskarte oder ihr Konfidenzlayer (0-100; 2021 und 2023, von WEkEO, der CLMS-API oder einem Spiegelserver).</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="123"/>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="123"/>
        <source>Where the tiles are kept. Empty: the folder used last time, at first clcplus_backbone/cache in the QGIS profile folder.</source>
        <translation>Wo die Kacheln aufbewahrt werden. Leer: der zuletzt verwendete Ordner, anfangs clcplus_backbone/cache im QGIS-Profilordner.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="127"/>
        <source>Mirror URL, folder or mosaic file</source>
        <translation>Spiegelserver-URL, Ordner oder Mosaikdatei</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="127"/>
        <source>For the mirror source: an http(s) URL or a folder with &lt;year&gt;/&lt;official file name&gt;, or a template such as https://example.org/clcplus/{year}/{tile}.zip; or a local pan-European mosaic file (read in place).</source>
        <translation>Für die Quelle Spiegelserver: eine http(s)-URL oder ein Ordner mit &lt;year&gt;/&lt;official file name&gt; oder eine Vorlage wie https://example.org/clcplus/{year}/{tile}.zip; oder eine lokale europaweite Mosaikdatei (direkt gelesen).</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="132"/>
        <source>Authentication configuration</source>
        <translation>Authentifizierungskonfiguration</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="138"/>
        <source>Accept the Copernicus licence on WEkEO</source>
        <translation>Copernicus-Lizenz auf WEkEO akzeptieren</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="138"/>
        <source>WEkEO delivers CLCplus Backbone only to accounts that accepted the Copernicus Land Monitoring Service data policy once; tick to accept it for your account.</source>
        <translation>WEkEO liefert CLCplus Backbone nur an Konten, die die Datenrichtlinie des Copernicus Land Monitoring Service einmal akzeptiert haben; aktivieren Sie die Option, um sie für Ihr Konto zu akzeptieren.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="143"/>
        <source>Service URL</source>
        <translation>Dienst-URL</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="143"/>
        <source>Another base URL for the ImageServer ({year} and {service} are filled in), WEkEO&apos;s broker or the CLMS API; empty for the official services.</source>
        <translation>Eine andere Basis-URL für den ImageServer ({year} und {service} werden eingesetzt), den Broker von WEkEO oder die CLMS-API; leer für die offiziellen Dienste.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="147"/>
        <source>Download again even if cached</source>
        <translation>Erneut herunterladen, auch wenn im Cache</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="147"/>
        <source>Fetch every tile anew (for a new version of the data); a cached tile is replaced only by a download that passed the checks.</source>
        <translation>Jede Kachel neu abrufen (für eine neue Version der Daten); eine Kachel im Cache wird nur durch einen Download ersetzt, der die Prüfungen bestanden hat.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="151"/>
        <source>Network timeout (seconds)</source>
        <translation>Netzwerk-Zeitüberschreitung (Sekunden)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="151"/>
        <source>A request that receives nothing for this long is abandoned and tried again.</source>
        <translation>Eine Anfrage, die so lange nichts empfängt, wird abgebrochen und erneut versucht.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="155"/>
        <source>Parallel downloads</source>
        <translation>Parallele Downloads</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="155"/>
        <source>How many downloads run at the same time.</source>
        <translation>Wie viele Downloads gleichzeitig laufen.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="158"/>
        <source>Order timeout (minutes)</source>
        <translation>Zeitüberschreitung für Aufträge (Minuten)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="158"/>
        <source>How long a WEkEO order or CLMS data request may stay queued before giving up (CLMS requests take about 10 minutes).</source>
        <translation>Wie lange ein WEkEO-Auftrag oder eine CLMS-Datenanfrage in der Warteschlange bleiben darf, bevor aufgegeben wird (CLMS-Anfragen dauern etwa 10 Minuten).</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="162"/>
        <source>Tile size in pixels</source>
        <translation>Kachelgröße in Pixeln</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="162"/>
        <source>Only for the plugin&apos;s small sample data; the product&apos;s tiles are 10 000 pixels.</source>
        <translation>Nur für die kleinen Beispieldaten des Plugins; die Kacheln des Produkts haben 10 000 Pixel.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="166"/>
        <source>Mosaic of the area (VRT)</source>
        <translation>Mosaik des Gebiets (VRT)</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="166"/>
        <source>A VRT onto the cached tiles (or the local mosaic), limited to the area of interest: nothing is copied. Give a .tif name for a GeoTIFF copy instead.</source>
        <translation>Ein VRT auf die Kacheln im Cache (oder das lokale Mosaik), begrenzt auf das Untersuchungsgebiet: Es wird nichts kopiert. Geben Sie stattdessen einen .tif-Namen an, um eine GeoTIFF-Kopie zu erhalten.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="169"/>
        <source>Tile outlines</source>
        <translation>Kachelumrisse</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="169"/>
        <source>One polygon per tile with its status (cached, downloaded, unavailable) and file.</source>
        <translation>Ein Polygon je Kachel mit ihrem Status (im Cache, heruntergeladen, nicht verfügbar) und ihrer Datei.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="172"/>
        <source>Tile files</source>
        <translation>Kacheldateien</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="173"/>
        <source>Number of tiles</source>
        <translation>Anzahl der Kacheln</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="174"/>
        <source>Tiles downloaded now</source>
        <translation>Jetzt heruntergeladene Kacheln</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="191"/>
        <source>Choose an area of interest: an extent or a layer.</source>
        <translation>Wählen Sie ein Untersuchungsgebiet: eine Ausdehnung oder einen Layer.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="219"/>
        <source>Canceled; the tiles fetched so far stay in the cache</source>
        <translation>Abgebrochen; bereits abgerufene Kacheln bleiben im Cache</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="224"/>
        <source>{} tile(s) could not be fetched (the others are in the cache; run again to fetch the rest):
{}</source>
        <translation>{} Kachel(n) konnten nicht abgerufen werden (die übrigen liegen im Cache; führen Sie das Werkzeug erneut aus, um den Rest abzurufen):
{}</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="227"/>
        <source>{} tile(s): {} in the cache already, {} downloaded, {} unavailable; {} request(s) made</source>
        <translation>{} Kachel(n): {} bereits im Cache, {} heruntergeladen, {} nicht verfügbar; {} Anfrage(n) gestellt</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="132"/>
        <source>WEkEO: a configuration of the method Basic with your WEkEO user name and password. CLMS API: a configuration holding your service key (password = the key&apos;s JSON). Mirror: a configuration of the method Basic for a mirror behind a password. Credentials stay in the QGIS authentication database.</source>
        <translation>WEkEO: eine Konfiguration der Methode Basic mit Ihrem WEkEO-Benutzernamen und -Passwort. CLMS-API: eine Konfiguration mit Ihrem Dienstschlüssel (Passwort = das JSON des Schlüssels). Spiegelserver: eine Konfiguration der Methode Basic für einen passwortgeschützten Spiegelserver. Zugangsdaten bleiben in der Authentifizierungsdatenbank von QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/fetchtiles.py" line="209"/>
        <source>The mirror URL holds a password or token, and QGIS keeps the parameters of every run in its Processing history: store the credentials in an authentication configuration (method Basic) and choose it as the authentication configuration instead</source>
        <translation>Die URL des Spiegelservers enthält ein Passwort oder Token, und QGIS speichert die Parameter jedes Laufs in seinem Processing-Verlauf: Legen Sie die Zugangsdaten stattdessen in einer Authentifizierungskonfiguration (Methode Basic) ab und wählen Sie diese als Authentifizierungskonfiguration</translation>
    </message>
</context>
<context>
    <name>GridTilesAlgorithm</name>
    <message>
        <location filename="../processing/gridtiles.py" line="28"/>
        <source>Grid tiles of an area</source>
        <translation>Gitterkacheln eines Gebiets</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="31"/>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="34"/>
        <source>Lists the 100 km tiles of the EEA reference grid (EPSG:3035) that an area of interest really intersects - a polygon counts for a tile only where it shares area with it - with the official file name of each tile for the chosen reference year.

Give the area as an extent, a layer (honouring &apos;selected features only&apos;) or typed tile ids such as E44N36; several are combined. Any CRS is accepted: edges are densified before they are transformed, so a latitude-longitude box becomes the curved shape it really is on the grid.

Outputs: the tile outlines (a polygon layer), the number of tiles and their ids, ready for the next step of a model.</source>
        <translation>Listet die 100-km-Kacheln des EEA-Referenzgitters (EPSG:3035) auf, die ein Untersuchungsgebiet tatsächlich schneidet – ein Polygon zählt für eine Kachel nur, wo es eine Fläche mit ihr teilt –, mit dem offiziellen Dateinamen jeder Kachel für das gewählte Referenzjahr.

Geben Sie das Gebiet als Ausdehnung, als Layer (unter Berücksichtigung von „Nur gewählte Objekte“) oder als eingegebene Kachel-IDs wie E44N36 an; mehrere Angaben werden kombiniert. Jedes KBS wird akzeptiert: Kanten werden vor der Transformation verdichtet, sodass ein Rechteck in geographischen Koordinaten zu der gekrümmten Form wird, die es auf dem Gitter tatsächlich hat.

Ausgaben: die Kachelumrisse (ein Polygonlayer), die Anzahl der Kacheln und ihre IDs, bereit für den nächsten Schritt eines Modells.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="47"/>
        <source>Area of interest (extent)</source>
        <translation>Untersuchungsgebiet (Ausdehnung)</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="49"/>
        <source>Area of interest (layer)</source>
        <translation>Untersuchungsgebiet (Layer)</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="51"/>
        <source>Tile ids (e.g. E44N36, E45N36)</source>
        <translation>Kachel-IDs (z. B. E44N36, E45N36)</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="55"/>
        <source>A rectangle in any CRS.</source>
        <translation>Ein Rechteck in beliebigem KBS.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="56"/>
        <source>Points, lines or polygons in any CRS; with &apos;selected features only&apos; just the selection counts.</source>
        <translation>Punkte, Linien oder Polygone in beliebigem KBS; mit „Nur gewählte Objekte“ zählt nur die Auswahl.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="58"/>
        <source>Grid cell ids separated by commas or spaces, named by the lower-left corner in units of 100 km: E44N36 is x 4400-4500 km, y 3600-3700 km.</source>
        <translation>Gitterzellen-IDs, durch Kommas oder Leerzeichen getrennt, benannt nach der linken unteren Ecke in Einheiten von 100 km: E44N36 ist x 4400-4500 km, y 3600-3700 km.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="64"/>
        <source>Reference year</source>
        <translation>Referenzjahr</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="64"/>
        <source>Gives the file names of that year&apos;s tiles.</source>
        <translation>Liefert die Dateinamen der Kacheln dieses Jahres.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="66"/>
        <source>Tile outlines</source>
        <translation>Kachelumrisse</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="68"/>
        <source>Number of tiles</source>
        <translation>Anzahl der Kacheln</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="69"/>
        <source>Tile ids</source>
        <translation>Kachel-IDs</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="84"/>
        <source>Choose an area of interest: an extent, a layer or tile ids such as E44N36.</source>
        <translation>Wählen Sie ein Untersuchungsgebiet: eine Ausdehnung, einen Layer oder Kachel-IDs wie E44N36.</translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="105"/>
        <source>{} tile(s): {}</source>
        <translation>{} Kachel(n): {}</translation>
    </message>
</context>
<context>
    <name>LandAccountsAlgorithm</name>
    <message>
        <location filename="../processing/landaccounts.py" line="34"/>
        <source>Land take and ecosystem extent accounts</source>
        <translation>Flächeninanspruchnahme und Ökosystem-Ausdehnungskonten</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="37"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="40"/>
        <source>The indicators reported from a comparison of two CLCplus Backbone years, per zone and in total.

Land take (EEA indicator, &apos;no net land take by 2050&apos;): the area that became sealed (class 1), by the class it came from; returned: sealed area that became another class; net land take = land take - returned; per year (divided by the years between the reference years; empty when a year is not known) and as a % of the zone&apos;s land (its compared area without water in the earlier year).

Ecosystem extent account (SEEA Ecosystem Accounting): per class the opening extent, additions, reductions, net change and closing extent, long (one row per zone, class and item) and wide (the SEEA layout: items as rows, classes as columns). Opening + additions - reductions = closing, and the additions of all classes equal their reductions, exactly in pixels.

The same inputs, rules and caveats as Change between years: only pixels that are land cover in both years enter the accounts; change in patches below the minimum mapping unit counts as unchanged; uncertain change (confidence below the threshold) is left out of the accounts, opening and closing alike, as it is left out of the change matrix.</source>
        <translation>Die Indikatoren, die aus einem Vergleich zweier CLCplus-Backbone-Jahre berichtet werden, je Zone und insgesamt.

Flächeninanspruchnahme (EUA-Indikator, „Netto-Null-Flächenverbrauch bis 2050“): die versiegelt gewordene Fläche (Klasse 1), nach der Klasse, aus der sie kam; entsiegelt: versiegelte Fläche, die zu einer anderen Klasse wurde; Netto-Flächeninanspruchnahme = Flächeninanspruchnahme - entsiegelt; pro Jahr (geteilt durch die Jahre zwischen den Referenzjahren; leer, wenn ein Jahr nicht bekannt ist) und in % der Landfläche der Zone (ihre verglichene Fläche ohne Wasser im früheren Jahr).

Konto der Ökosystemausdehnung (SEEA Ecosystem Accounting): je Klasse Anfangsbestand, Zugänge, Abgänge, Nettoveränderung und Endbestand, lang (eine Zeile je Zone, Klasse und Posten) und breit (das SEEA-Layout: Posten als Zeilen, Klassen als Spalten). Anfangsbestand + Zugänge - Abgänge = Endbestand, und die Zugänge aller Klassen sind gleich ihren Abgängen, exakt in Pixeln.

Dieselben Eingaben, Regeln und Einschränkungen wie Veränderung zwischen Jahren: Nur Pixel, die in beiden Jahren Landbedeckung sind, gehen in die Konten ein; Veränderung in Flecken unter der Mindestkartiereinheit gilt als unverändert; unsichere Veränderung (Konfidenz unter der Schwelle) bleibt in den Konten außen vor, im Anfangs- wie im Endbestand, wie in der Veränderungsmatrix.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="58"/>
        <source>Polygons in any CRS; &apos;selected features only&apos; is honoured. With zones the accounts are per zone, and in total (the sum of the zones).</source>
        <translation>Polygone in beliebigem KBS; „Nur gewählte Objekte“ wird beachtet. Mit Zonen sind die Konten je Zone und insgesamt (die Summe der Zonen).</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="61"/>
        <source>Patches of change smaller than this count as unchanged in the accounts. 0 keeps every changed pixel.</source>
        <translation>Veränderungsflecken kleiner als dieser Wert gelten in den Konten als unverändert. 0 behält jedes veränderte Pixel.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="65"/>
        <source>Land take (CSV)</source>
        <translation>Flächeninanspruchnahme (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="65"/>
        <source>One row per zone and one for the total: land area, land take, returned, net land take, per year, % of land, the land take from each class and the land returned to each class.</source>
        <translation>Eine Zeile je Zone und eine für die Summe: Landfläche, Flächeninanspruchnahme, entsiegelt, Netto-Flächeninanspruchnahme, pro Jahr, % der Landfläche, die Flächeninanspruchnahme aus jeder Klasse und die an jede Klasse zurückgegebene Fläche.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="69"/>
        <source>Ecosystem extent account, long (CSV)</source>
        <translation>Konto der Ökosystemausdehnung, lang (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="69"/>
        <source>One row per zone, class and item (opening, additions, reductions, net_change, closing): pixels and area.</source>
        <translation>Eine Zeile je Zone, Klasse und Posten (opening, additions, reductions, net_change, closing): Pixel und Fläche.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="74"/>
        <source>Ecosystem extent account, wide (CSV)</source>
        <translation>Konto der Ökosystemausdehnung, breit (CSV)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="74"/>
        <source>The SEEA layout: per zone the items as rows, the classes as columns, and their total.</source>
        <translation>Das SEEA-Layout: je Zone die Posten als Zeilen, die Klassen als Spalten und ihre Summe.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="78"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="78"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="78"/>
        <source>Land take per zone with a bar of its origin classes, the extent accounts with opening and closing bars per class, and the caveats of the years compared.</source>
        <translation>Flächeninanspruchnahme je Zone mit einem Balken ihrer Herkunftsklassen, die Ausdehnungskonten mit Balken für Anfangs- und Endbestand je Klasse und die Einschränkungen der verglichenen Jahre.</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="83"/>
        <source>Land take</source>
        <translation>Flächeninanspruchnahme</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="84"/>
        <source>Returned (sealed land that became another class)</source>
        <translation>Entsiegelt (versiegelte Fläche, die zu einer anderen Klasse wurde)</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="86"/>
        <source>Net land take</source>
        <translation>Netto-Flächeninanspruchnahme</translation>
    </message>
    <message>
        <location filename="../processing/landaccounts.py" line="108"/>
        <source>Land take: {:.2f} {unit}, returned: {:.2f} {unit}, net land take: {:.2f} {unit}</source>
        <translation>Flächeninanspruchnahme: {:.2f} {unit}, entsiegelt: {:.2f} {unit}, Netto-Flächeninanspruchnahme: {:.2f} {unit}</translation>
    </message>
</context>
<context>
    <name>SourceWidget</name>
    <message>
        <location filename="../ui/source.py" line="36"/>
        <source>URL, folder or mosaic file</source>
        <translation>URL, Ordner oder Mosaikdatei</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="41"/>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="54"/>
        <source>WEkEO: a configuration of the method Basic with your WEkEO user name and password. CLMS: one holding your service key (password = the key&apos;s JSON). Credentials stay in QGIS&apos;s authentication database.</source>
        <translation>WEkEO: eine Konfiguration der Methode Basic mit Ihrem WEkEO-Benutzernamen und -Passwort. CLMS: eine mit Ihrem Dienstschlüssel (Passwort = das JSON des Schlüssels). Zugangsdaten bleiben in der Authentifizierungsdatenbank von QGIS.</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="57"/>
        <source>Accept the Copernicus licence on WEkEO</source>
        <translation>Copernicus-Lizenz auf WEkEO akzeptieren</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="61"/>
        <source>Where fetched tiles are kept and reused; the dock also writes its mosaics and change rasters there (folder &apos;dock&apos;).</source>
        <translation>Wo abgerufene Kacheln aufbewahrt und wiederverwendet werden; das Bedienfeld schreibt dort auch seine Mosaike und Veränderungsraster (Ordner „dock“).</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="71"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="72"/>
        <source>Mirror</source>
        <translation>Spiegelserver</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="75"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="78"/>
        <source>Cache folder</source>
        <translation>Cache-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="119"/>
        <source>Folder with the tiles</source>
        <translation>Ordner mit den Kacheln</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="151"/>
        <source>Data source: {}</source>
        <translation>Datenquelle: {}</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="182"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="182"/>
        <source>EEA ImageServer</source>
        <translation>EEA ImageServer</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="182"/>
        <source>WEkEO</source>
        <translation>WEkEO</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="183"/>
        <source>CLMS API</source>
        <translation>CLMS-API</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="183"/>
        <source>mirror or folder</source>
        <translation>Spiegelserver oder Ordner</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="48"/>
        <source>The password or token in this address is used for this QGIS session only: it is not saved with your settings, so type it again after restarting QGIS.</source>
        <translation>Das Passwort oder Token in dieser Adresse wird nur für diese QGIS-Sitzung verwendet: Es wird nicht mit Ihren Einstellungen gespeichert; geben Sie es nach einem Neustart von QGIS erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="154"/>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <location filename="../ui/source.py" line="171"/>
        <source>No account</source>
        <translation>Kein Konto</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../ui/results.py" line="47"/>
        <source>Optional: polygons to count in one by one (districts, parcels, ...). Leave empty to count the whole area of interest.</source>
        <translation>Optional: Polygone, in denen einzeln gezählt wird (Bezirke, Flurstücke, ...). Leer lassen, um das ganze Untersuchungsgebiet zu zählen.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="54"/>
        <source>Count classes</source>
        <translation>Klassen zählen</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="55"/>
        <source>Fetches the tiles if needed, then counts the area of each class (Processing: Class areas).</source>
        <translation>Ruft bei Bedarf die Kacheln ab und zählt dann die Fläche jeder Klasse (Verarbeitung: Klassenflächen).</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="58"/>
        <source>Click Count classes to get the area of each class in the area of interest, or in each zone.</source>
        <translation>Klicken Sie auf „Klassen zählen“, um die Fläche jeder Klasse im Untersuchungsgebiet oder in jeder Zone zu erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="77"/>
        <source>No land cover here (only sea, outside area or no data).</source>
        <translation>Hier gibt es keine Landbedeckung (nur Meer, Bereich außerhalb des Gebiets oder keine Daten).</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="78"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="79"/>
        <source>Copy the table (as shown, tab-separated) to paste into a spreadsheet.</source>
        <translation>Die Tabelle (wie angezeigt, tabulatorgetrennt) kopieren, um sie in eine Tabellenkalkulation einzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="81"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="89"/>
        <source>Per zone (optional)</source>
        <translation>Je Zone (optional)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="90"/>
        <source>Zone names from</source>
        <translation>Zonennamen aus</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="100"/>
        <source>Chart of</source>
        <translation>Diagramm für</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="148"/>
        <source>All zones (sum)</source>
        <translation>Alle Zonen (Summe)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="200"/>
        <source>{name}: {area} {unit} ({pct} % of the land cover)</source>
        <translation>{name}: {area} {unit} ({pct} % der Landbedeckung)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="216"/>
        <source>Export class areas</source>
        <translation>Klassenflächen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="210"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="82"/>
        <source>Save every row with the columns of the Processing output, machine-readable: &apos;.&apos; as the decimal point, no thousands separators, whole pixel counts (the panel and Copy use your language&apos;s number format).</source>
        <translation>Speichert jede Zeile mit den Spalten der Processing-Ausgabe, maschinenlesbar: „.“ als Dezimaltrennzeichen, keine Tausendertrennzeichen, ganze Pixelzahlen (das Bedienfeld und „Kopieren“ verwenden das Zahlenformat Ihrer Sprache).</translation>
    </message>
    <message>
        <location filename="../ui/results.py" line="216"/>
        <source>Cannot write {}: {}. Choose a folder you can write to.</source>
        <translation>{} kann nicht geschrieben werden: {}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>TaskChain</name>
    <message>
        <location filename="../ui/tasks.py" line="142"/>
        <source>The algorithm {} is not available; reinstall the CLCplus Backbone plugin.</source>
        <translation>Der Algorithmus {} ist nicht verfügbar; installieren Sie das Plugin CLCplus Backbone neu.</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="164"/>
        <source>CLCplus Backbone: {}</source>
        <translation>CLCplus Backbone: {}</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="219"/>
        <source>{} failed; the Log Messages panel (Processing) may say why.</source>
        <translation>Fehlgeschlagen: {}; das Bedienfeld Protokollmeldungen (Verarbeitung) nennt eventuell den Grund.</translation>
    </message>
</context>
</TS>
