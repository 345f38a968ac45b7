<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>clcplus_change</Name>
    <UserStyle>
      <Name>clcplus_change</Name>
      <Title>CLCplus Backbone change (from × 100 + to)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#c8c8c8" quantity="0" label="No change" opacity="0.502"/>
              <ColorMapEntry color="#006e32" quantity="102" label="Sealed → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#007636" quantity="103" label="Sealed → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#007f3a" quantity="104" label="Sealed → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#78c832" quantity="105" label="Sealed → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#84d042" quantity="106" label="Sealed → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#91d555" quantity="107" label="Sealed → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#9dd969" quantity="108" label="Sealed → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#a087c3" quantity="109" label="Sealed → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#1e64dc" quantity="110" label="Sealed → Water" opacity="1"/>
              <ColorMapEntry color="#2167e1" quantity="111" label="Sealed → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#c8001e" quantity="201" label="Woody needle leaved trees → Sealed" opacity="1"/>
              <ColorMapEntry color="#a38ac5" quantity="203" label="Woody needle leaved trees → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#a58ec6" quantity="204" label="Woody needle leaved trees → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#eb7800" quantity="205" label="Woody needle leaved trees → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#f47d00" quantity="206" label="Woody needle leaved trees → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#fd8100" quantity="207" label="Woody needle leaved trees → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#ff8607" quantity="208" label="Woody needle leaved trees → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#ff8a11" quantity="209" label="Woody needle leaved trees → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#ff8f1a" quantity="210" label="Woody needle leaved trees → Water" opacity="1"/>
              <ColorMapEntry color="#ff9323" quantity="211" label="Woody needle leaved trees → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#de0021" quantity="301" label="Woody broadleaved deciduous trees → Sealed" opacity="1"/>
              <ColorMapEntry color="#a891c8" quantity="302" label="Woody broadleaved deciduous trees → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#aa94ca" quantity="304" label="Woody broadleaved deciduous trees → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#ff982c" quantity="305" label="Woody broadleaved deciduous trees → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#ff9c35" quantity="306" label="Woody broadleaved deciduous trees → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#ffa13e" quantity="307" label="Woody broadleaved deciduous trees → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#ffa548" quantity="308" label="Woody broadleaved deciduous trees → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#ffaa51" quantity="309" label="Woody broadleaved deciduous trees → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#ffae5a" quantity="310" label="Woody broadleaved deciduous trees → Water" opacity="1"/>
              <ColorMapEntry color="#ffb363" quantity="311" label="Woody broadleaved deciduous trees → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#f30024" quantity="401" label="Woody broadleaved evergreen trees → Sealed" opacity="1"/>
              <ColorMapEntry color="#ad97cb" quantity="402" label="Woody broadleaved evergreen trees → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#b09bcd" quantity="403" label="Woody broadleaved evergreen trees → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#ffb76c" quantity="405" label="Woody broadleaved evergreen trees → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#ffbc75" quantity="406" label="Woody broadleaved evergreen trees → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#ffc07f" quantity="407" label="Woody broadleaved evergreen trees → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#ffc588" quantity="408" label="Woody broadleaved evergreen trees → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#ffc991" quantity="409" label="Woody broadleaved evergreen trees → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#ffce9a" quantity="410" label="Woody broadleaved evergreen trees → Water" opacity="1"/>
              <ColorMapEntry color="#ffd2a3" quantity="411" label="Woody broadleaved evergreen trees → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff0a2e" quantity="501" label="Low-growing woody plants → Sealed" opacity="1"/>
              <ColorMapEntry color="#00873d" quantity="502" label="Low-growing woody plants → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#009041" quantity="503" label="Low-growing woody plants → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#009845" quantity="504" label="Low-growing woody plants → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#b29ece" quantity="506" label="Low-growing woody plants → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#b5a1d0" quantity="507" label="Low-growing woody plants → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#b7a4d2" quantity="508" label="Low-growing woody plants → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#aa8c5a" quantity="509" label="Low-growing woody plants → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#276ce2" quantity="510" label="Low-growing woody plants → Water" opacity="1"/>
              <ColorMapEntry color="#2e70e2" quantity="511" label="Low-growing woody plants → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff1f41" quantity="601" label="Permanent herbaceous → Sealed" opacity="1"/>
              <ColorMapEntry color="#00a149" quantity="602" label="Permanent herbaceous → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#00a94d" quantity="603" label="Permanent herbaceous → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#00b151" quantity="604" label="Permanent herbaceous → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#baa8d3" quantity="605" label="Permanent herbaceous → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#bcabd5" quantity="607" label="Permanent herbaceous → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#bfaed7" quantity="608" label="Permanent herbaceous → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#b89f75" quantity="609" label="Permanent herbaceous → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#3475e3" quantity="610" label="Permanent herbaceous → Water" opacity="1"/>
              <ColorMapEntry color="#3a79e4" quantity="611" label="Permanent herbaceous → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff3553" quantity="701" label="Periodically herbaceous → Sealed" opacity="1"/>
              <ColorMapEntry color="#00ba54" quantity="702" label="Periodically herbaceous → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#00c258" quantity="703" label="Periodically herbaceous → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#00cb5c" quantity="704" label="Periodically herbaceous → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#c2b1d8" quantity="705" label="Periodically herbaceous → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#c4b5da" quantity="706" label="Periodically herbaceous → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#c7b8db" quantity="708" label="Periodically herbaceous → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#c6b290" quantity="709" label="Periodically herbaceous → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#417de5" quantity="710" label="Periodically herbaceous → Water" opacity="1"/>
              <ColorMapEntry color="#4782e6" quantity="711" label="Periodically herbaceous → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff4a65" quantity="801" label="Lichens and mosses → Sealed" opacity="1"/>
              <ColorMapEntry color="#00d360" quantity="802" label="Lichens and mosses → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#00dc64" quantity="803" label="Lichens and mosses → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#00e468" quantity="804" label="Lichens and mosses → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#c9bbdd" quantity="805" label="Lichens and mosses → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#ccbfdf" quantity="806" label="Lichens and mosses → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#cfc2e0" quantity="807" label="Lichens and mosses → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#d4c4ab" quantity="809" label="Lichens and mosses → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#4e86e7" quantity="810" label="Lichens and mosses → Water" opacity="1"/>
              <ColorMapEntry color="#548ae8" quantity="811" label="Lichens and mosses → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff6078" quantity="901" label="Non and sparsely vegetated → Sealed" opacity="1"/>
              <ColorMapEntry color="#00ec6b" quantity="902" label="Non and sparsely vegetated → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#00f56f" quantity="903" label="Non and sparsely vegetated → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#00fd73" quantity="904" label="Non and sparsely vegetated → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#aade7c" quantity="905" label="Non and sparsely vegetated → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#b6e38f" quantity="906" label="Non and sparsely vegetated → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#c3e8a2" quantity="907" label="Non and sparsely vegetated → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#cfedb6" quantity="908" label="Non and sparsely vegetated → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#5b8fe9" quantity="910" label="Non and sparsely vegetated → Water" opacity="1"/>
              <ColorMapEntry color="#6193e9" quantity="911" label="Non and sparsely vegetated → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff758a" quantity="1001" label="Water → Sealed" opacity="1"/>
              <ColorMapEntry color="#07ff78" quantity="1002" label="Water → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#0fff7c" quantity="1003" label="Water → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#18ff81" quantity="1004" label="Water → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#6798ea" quantity="1005" label="Water → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#6e9ceb" quantity="1006" label="Water → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#74a0ec" quantity="1007" label="Water → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#7ba5ed" quantity="1008" label="Water → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#81a9ee" quantity="1009" label="Water → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#88aeef" quantity="1011" label="Water → Snow and ice" opacity="1"/>
              <ColorMapEntry color="#ff8b9c" quantity="1101" label="Snow and ice → Sealed" opacity="1"/>
              <ColorMapEntry color="#20ff85" quantity="1102" label="Snow and ice → Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#28ff8a" quantity="1103" label="Snow and ice → Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#31ff8f" quantity="1104" label="Snow and ice → Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#8eb2f0" quantity="1105" label="Snow and ice → Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#94b6f0" quantity="1106" label="Snow and ice → Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#9bbbf1" quantity="1107" label="Snow and ice → Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#a1bff2" quantity="1108" label="Snow and ice → Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#a8c4f3" quantity="1109" label="Snow and ice → Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#aec8f4" quantity="1110" label="Snow and ice → Water" opacity="1"/>
              <ColorMapEntry color="#000000" quantity="65535" label="" opacity="0"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
