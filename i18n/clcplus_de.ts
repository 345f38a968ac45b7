<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CLCplusProcessing</name>
    <message>
        <location filename="../processing/provider.py" line="23"/>
        <source>CLCplus Backbone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="26"/>
        <source>CLCplus Backbone land cover (Copernicus, 10 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="44"/>
        <source>{} feature(s) lie outside the CLCplus Backbone grid ({}) and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/aoi.py" line="48"/>
        <source>No feature of the area-of-interest layer overlaps the CLCplus Backbone grid ({}); check the layer&apos;s coordinate reference system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLCplusProduct</name>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Woody needle leaved trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Woody broadleaved deciduous trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Woody broadleaved evergreen trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Low-growing woody plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Permanent herbaceous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Periodically herbaceous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Lichens and mosses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Non and sparsely vegetated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="62"/>
        <source>Snow and ice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="80"/>
        <source>Coastal seawater buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="80"/>
        <source>Sea within the coastal buffer; not land cover (absent in 2018)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="80"/>
        <source>Outside area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="80"/>
        <source>Outside the mapped area; not land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="80"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="80"/>
        <source>No data; drawn transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="129"/>
        <source>Land cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="130"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="131"/>
        <source>Data score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="132"/>
        <source>Post-processing flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="158"/>
        <source>2018 has no coastal seawater buffer class (253); its coastal pixels carry other codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="158"/>
        <source>2018 used a u00b16 month input window; later years u00b13 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="158"/>
        <source>The United Kingdom is missing from 2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="158"/>
        <source>2021 was cross-calibrated against 2018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="158"/>
        <source>2023 was cross-calibrated against 2018 and 2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="158"/>
        <source>2023 is delivered as 897 tiles of 100 km plus national mosaics of the French overseas departments in their own UTM CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="195"/>
        <source>No official change product exists: a from-to difference is an estimate with map errors on both dates; small or scattered changes are mostly noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="195"/>
        <source>Each year was produced with different inputs, production units and cross-calibration thresholds that allow or suppress transitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/product.py" line="195"/>
        <source>Classes 5 (low-growing woody plants) and 8 (lichens and mosses) are the least accurate; 6 and 7 are often confused (droughts, mowing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridTilesAlgorithm</name>
    <message>
        <location filename="../processing/gridtiles.py" line="28"/>
        <source>Grid tiles of an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="31"/>
        <source>Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="34"/>
        <source>Lists the 100 km tiles of the EEA reference grid (EPSG:3035) that an area of interest really intersects - a polygon counts for a tile only where it shares area with it - with the official file name of each tile for the chosen reference year.

Give the area as an extent, a layer (honouring &apos;selected features only&apos;) or typed tile ids such as E44N36; several are combined. Any CRS is accepted: edges are densified before they are transformed, so a latitude-longitude box becomes the curved shape it really is on the grid.

Outputs: the tile outlines (a polygon layer), the number of tiles and their ids, ready for the next step of a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="47"/>
        <source>Area of interest (extent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="49"/>
        <source>Area of interest (layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="51"/>
        <source>Tile ids (e.g. E44N36, E45N36)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="55"/>
        <source>A rectangle in any CRS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="56"/>
        <source>Points, lines or polygons in any CRS; with &apos;selected features only&apos; just the selection counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="58"/>
        <source>Grid cell ids separated by commas or spaces, named by the lower-left corner in units of 100 km: E44N36 is x 4400-4500 km, y 3600-3700 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="64"/>
        <source>Reference year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="64"/>
        <source>Gives the file names of that year&apos;s tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="66"/>
        <source>Tile outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="68"/>
        <source>Number of tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="69"/>
        <source>Tile ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="86"/>
        <source>Choose an area of interest: an extent, a layer or tile ids such as E44N36.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/gridtiles.py" line="108"/>
        <source>{} tile(s): {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
