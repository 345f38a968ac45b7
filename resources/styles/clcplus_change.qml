<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.22.0" styleCategories="Symbology">
  <pipe>
    <rasterrenderer type="paletted" band="1" opacity="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="0" color="#c8c8c8" alpha="128" label="No change"/>
        <paletteEntry value="201" color="#c8001e" alpha="255" label="Woody needle leaved trees → Sealed"/>
        <paletteEntry value="301" color="#de0021" alpha="255" label="Woody broadleaved deciduous trees → Sealed"/>
        <paletteEntry value="401" color="#f30024" alpha="255" label="Woody broadleaved evergreen trees → Sealed"/>
        <paletteEntry value="501" color="#ff0a2e" alpha="255" label="Low-growing woody plants → Sealed"/>
        <paletteEntry value="601" color="#ff1f41" alpha="255" label="Permanent herbaceous → Sealed"/>
        <paletteEntry value="701" color="#ff3553" alpha="255" label="Periodically herbaceous → Sealed"/>
        <paletteEntry value="801" color="#ff4a65" alpha="255" label="Lichens and mosses → Sealed"/>
        <paletteEntry value="901" color="#ff6078" alpha="255" label="Non and sparsely vegetated → Sealed"/>
        <paletteEntry value="1001" color="#ff758a" alpha="255" label="Water → Sealed"/>
        <paletteEntry value="1101" color="#ff8b9c" alpha="255" label="Snow and ice → Sealed"/>
        <paletteEntry value="205" color="#eb7800" alpha="255" label="Woody needle leaved trees → Low-growing woody plants"/>
        <paletteEntry value="206" color="#f47d00" alpha="255" label="Woody needle leaved trees → Permanent herbaceous"/>
        <paletteEntry value="207" color="#fd8100" alpha="255" label="Woody needle leaved trees → Periodically herbaceous"/>
        <paletteEntry value="208" color="#ff8607" alpha="255" label="Woody needle leaved trees → Lichens and mosses"/>
        <paletteEntry value="209" color="#ff8a11" alpha="255" label="Woody needle leaved trees → Non and sparsely vegetated"/>
        <paletteEntry value="210" color="#ff8f1a" alpha="255" label="Woody needle leaved trees → Water"/>
        <paletteEntry value="211" color="#ff9323" alpha="255" label="Woody needle leaved trees → Snow and ice"/>
        <paletteEntry value="305" color="#ff982c" alpha="255" label="Woody broadleaved deciduous trees → Low-growing woody plants"/>
        <paletteEntry value="306" color="#ff9c35" alpha="255" label="Woody broadleaved deciduous trees → Permanent herbaceous"/>
        <paletteEntry value="307" color="#ffa13e" alpha="255" label="Woody broadleaved deciduous trees → Periodically herbaceous"/>
        <paletteEntry value="308" color="#ffa548" alpha="255" label="Woody broadleaved deciduous trees → Lichens and mosses"/>
        <paletteEntry value="309" color="#ffaa51" alpha="255" label="Woody broadleaved deciduous trees → Non and sparsely vegetated"/>
        <paletteEntry value="310" color="#ffae5a" alpha="255" label="Woody broadleaved deciduous trees → Water"/>
        <paletteEntry value="311" color="#ffb363" alpha="255" label="Woody broadleaved deciduous trees → Snow and ice"/>
        <paletteEntry value="405" color="#ffb76c" alpha="255" label="Woody broadleaved evergreen trees → Low-growing woody plants"/>
        <paletteEntry value="406" color="#ffbc75" alpha="255" label="Woody broadleaved evergreen trees → Permanent herbaceous"/>
        <paletteEntry value="407" color="#ffc07f" alpha="255" label="Woody broadleaved evergreen trees → Periodically herbaceous"/>
        <paletteEntry value="408" color="#ffc588" alpha="255" label="Woody broadleaved evergreen trees → Lichens and mosses"/>
        <paletteEntry value="409" color="#ffc991" alpha="255" label="Woody broadleaved evergreen trees → Non and sparsely vegetated"/>
        <paletteEntry value="410" color="#ffce9a" alpha="255" label="Woody broadleaved evergreen trees → Water"/>
        <paletteEntry value="411" color="#ffd2a3" alpha="255" label="Woody broadleaved evergreen trees → Snow and ice"/>
        <paletteEntry value="102" color="#006e32" alpha="255" label="Sealed → Woody needle leaved trees"/>
        <paletteEntry value="103" color="#007636" alpha="255" label="Sealed → Woody broadleaved deciduous trees"/>
        <paletteEntry value="104" color="#007f3a" alpha="255" label="Sealed → Woody broadleaved evergreen trees"/>
        <paletteEntry value="502" color="#00873d" alpha="255" label="Low-growing woody plants → Woody needle leaved trees"/>
        <paletteEntry value="503" color="#009041" alpha="255" label="Low-growing woody plants → Woody broadleaved deciduous trees"/>
        <paletteEntry value="504" color="#009845" alpha="255" label="Low-growing woody plants → Woody broadleaved evergreen trees"/>
        <paletteEntry value="602" color="#00a149" alpha="255" label="Permanent herbaceous → Woody needle leaved trees"/>
        <paletteEntry value="603" color="#00a94d" alpha="255" label="Permanent herbaceous → Woody broadleaved deciduous trees"/>
        <paletteEntry value="604" color="#00b151" alpha="255" label="Permanent herbaceous → Woody broadleaved evergreen trees"/>
        <paletteEntry value="702" color="#00ba54" alpha="255" label="Periodically herbaceous → Woody needle leaved trees"/>
        <paletteEntry value="703" color="#00c258" alpha="255" label="Periodically herbaceous → Woody broadleaved deciduous trees"/>
        <paletteEntry value="704" color="#00cb5c" alpha="255" label="Periodically herbaceous → Woody broadleaved evergreen trees"/>
        <paletteEntry value="802" color="#00d360" alpha="255" label="Lichens and mosses → Woody needle leaved trees"/>
        <paletteEntry value="803" color="#00dc64" alpha="255" label="Lichens and mosses → Woody broadleaved deciduous trees"/>
        <paletteEntry value="804" color="#00e468" alpha="255" label="Lichens and mosses → Woody broadleaved evergreen trees"/>
        <paletteEntry value="902" color="#00ec6b" alpha="255" label="Non and sparsely vegetated → Woody needle leaved trees"/>
        <paletteEntry value="903" color="#00f56f" alpha="255" label="Non and sparsely vegetated → Woody broadleaved deciduous trees"/>
        <paletteEntry value="904" color="#00fd73" alpha="255" label="Non and sparsely vegetated → Woody broadleaved evergreen trees"/>
        <paletteEntry value="1002" color="#07ff78" alpha="255" label="Water → Woody needle leaved trees"/>
        <paletteEntry value="1003" color="#0fff7c" alpha="255" label="Water → Woody broadleaved deciduous trees"/>
        <paletteEntry value="1004" color="#18ff81" alpha="255" label="Water → Woody broadleaved evergreen trees"/>
        <paletteEntry value="1102" color="#20ff85" alpha="255" label="Snow and ice → Woody needle leaved trees"/>
        <paletteEntry value="1103" color="#28ff8a" alpha="255" label="Snow and ice → Woody broadleaved deciduous trees"/>
        <paletteEntry value="1104" color="#31ff8f" alpha="255" label="Snow and ice → Woody broadleaved evergreen trees"/>
        <paletteEntry value="110" color="#1e64dc" alpha="255" label="Sealed → Water"/>
        <paletteEntry value="111" color="#2167e1" alpha="255" label="Sealed → Snow and ice"/>
        <paletteEntry value="510" color="#276ce2" alpha="255" label="Low-growing woody plants → Water"/>
        <paletteEntry value="511" color="#2e70e2" alpha="255" label="Low-growing woody plants → Snow and ice"/>
        <paletteEntry value="610" color="#3475e3" alpha="255" label="Permanent herbaceous → Water"/>
        <paletteEntry value="611" color="#3a79e4" alpha="255" label="Permanent herbaceous → Snow and ice"/>
        <paletteEntry value="710" color="#417de5" alpha="255" label="Periodically herbaceous → Water"/>
        <paletteEntry value="711" color="#4782e6" alpha="255" label="Periodically herbaceous → Snow and ice"/>
        <paletteEntry value="810" color="#4e86e7" alpha="255" label="Lichens and mosses → Water"/>
        <paletteEntry value="811" color="#548ae8" alpha="255" label="Lichens and mosses → Snow and ice"/>
        <paletteEntry value="910" color="#5b8fe9" alpha="255" label="Non and sparsely vegetated → Water"/>
        <paletteEntry value="911" color="#6193e9" alpha="255" label="Non and sparsely vegetated → Snow and ice"/>
        <paletteEntry value="1005" color="#6798ea" alpha="255" label="Water → Low-growing woody plants"/>
        <paletteEntry value="1006" color="#6e9ceb" alpha="255" label="Water → Permanent herbaceous"/>
        <paletteEntry value="1007" color="#74a0ec" alpha="255" label="Water → Periodically herbaceous"/>
        <paletteEntry value="1008" color="#7ba5ed" alpha="255" label="Water → Lichens and mosses"/>
        <paletteEntry value="1009" color="#81a9ee" alpha="255" label="Water → Non and sparsely vegetated"/>
        <paletteEntry value="1011" color="#88aeef" alpha="255" label="Water → Snow and ice"/>
        <paletteEntry value="1105" color="#8eb2f0" alpha="255" label="Snow and ice → Low-growing woody plants"/>
        <paletteEntry value="1106" color="#94b6f0" alpha="255" label="Snow and ice → Permanent herbaceous"/>
        <paletteEntry value="1107" color="#9bbbf1" alpha="255" label="Snow and ice → Periodically herbaceous"/>
        <paletteEntry value="1108" color="#a1bff2" alpha="255" label="Snow and ice → Lichens and mosses"/>
        <paletteEntry value="1109" color="#a8c4f3" alpha="255" label="Snow and ice → Non and sparsely vegetated"/>
        <paletteEntry value="1110" color="#aec8f4" alpha="255" label="Snow and ice → Water"/>
        <paletteEntry value="105" color="#78c832" alpha="255" label="Sealed → Low-growing woody plants"/>
        <paletteEntry value="106" color="#84d042" alpha="255" label="Sealed → Permanent herbaceous"/>
        <paletteEntry value="107" color="#91d555" alpha="255" label="Sealed → Periodically herbaceous"/>
        <paletteEntry value="108" color="#9dd969" alpha="255" label="Sealed → Lichens and mosses"/>
        <paletteEntry value="905" color="#aade7c" alpha="255" label="Non and sparsely vegetated → Low-growing woody plants"/>
        <paletteEntry value="906" color="#b6e38f" alpha="255" label="Non and sparsely vegetated → Permanent herbaceous"/>
        <paletteEntry value="907" color="#c3e8a2" alpha="255" label="Non and sparsely vegetated → Periodically herbaceous"/>
        <paletteEntry value="908" color="#cfedb6" alpha="255" label="Non and sparsely vegetated → Lichens and mosses"/>
        <paletteEntry value="509" color="#aa8c5a" alpha="255" label="Low-growing woody plants → Non and sparsely vegetated"/>
        <paletteEntry value="609" color="#b89f75" alpha="255" label="Permanent herbaceous → Non and sparsely vegetated"/>
        <paletteEntry value="709" color="#c6b290" alpha="255" label="Periodically herbaceous → Non and sparsely vegetated"/>
        <paletteEntry value="809" color="#d4c4ab" alpha="255" label="Lichens and mosses → Non and sparsely vegetated"/>
        <paletteEntry value="109" color="#a087c3" alpha="255" label="Sealed → Non and sparsely vegetated"/>
        <paletteEntry value="203" color="#a38ac5" alpha="255" label="Woody needle leaved trees → Woody broadleaved deciduous trees"/>
        <paletteEntry value="204" color="#a58ec6" alpha="255" label="Woody needle leaved trees → Woody broadleaved evergreen trees"/>
        <paletteEntry value="302" color="#a891c8" alpha="255" label="Woody broadleaved deciduous trees → Woody needle leaved trees"/>
        <paletteEntry value="304" color="#aa94ca" alpha="255" label="Woody broadleaved deciduous trees → Woody broadleaved evergreen trees"/>
        <paletteEntry value="402" color="#ad97cb" alpha="255" label="Woody broadleaved evergreen trees → Woody needle leaved trees"/>
        <paletteEntry value="403" color="#b09bcd" alpha="255" label="Woody broadleaved evergreen trees → Woody broadleaved deciduous trees"/>
        <paletteEntry value="506" color="#b29ece" alpha="255" label="Low-growing woody plants → Permanent herbaceous"/>
        <paletteEntry value="507" color="#b5a1d0" alpha="255" label="Low-growing woody plants → Periodically herbaceous"/>
        <paletteEntry value="508" color="#b7a4d2" alpha="255" label="Low-growing woody plants → Lichens and mosses"/>
        <paletteEntry value="605" color="#baa8d3" alpha="255" label="Permanent herbaceous → Low-growing woody plants"/>
        <paletteEntry value="607" color="#bcabd5" alpha="255" label="Permanent herbaceous → Periodically herbaceous"/>
        <paletteEntry value="608" color="#bfaed7" alpha="255" label="Permanent herbaceous → Lichens and mosses"/>
        <paletteEntry value="705" color="#c2b1d8" alpha="255" label="Periodically herbaceous → Low-growing woody plants"/>
        <paletteEntry value="706" color="#c4b5da" alpha="255" label="Periodically herbaceous → Permanent herbaceous"/>
        <paletteEntry value="708" color="#c7b8db" alpha="255" label="Periodically herbaceous → Lichens and mosses"/>
        <paletteEntry value="805" color="#c9bbdd" alpha="255" label="Lichens and mosses → Low-growing woody plants"/>
        <paletteEntry value="806" color="#ccbfdf" alpha="255" label="Lichens and mosses → Permanent herbaceous"/>
        <paletteEntry value="807" color="#cfc2e0" alpha="255" label="Lichens and mosses → Periodically herbaceous"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeStrength="100" colorizeRed="255" colorizeGreen="128" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
