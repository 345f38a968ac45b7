<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>clcplus_landcover</Name>
    <UserStyle>
      <Name>clcplus_landcover</Name>
      <Title>CLCplus Backbone land cover</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#ff0000" quantity="1" label="Sealed" opacity="1"/>
              <ColorMapEntry color="#228b22" quantity="2" label="Woody needle leaved trees" opacity="1"/>
              <ColorMapEntry color="#80ff00" quantity="3" label="Woody broadleaved deciduous trees" opacity="1"/>
              <ColorMapEntry color="#00ff08" quantity="4" label="Woody broadleaved evergreen trees" opacity="1"/>
              <ColorMapEntry color="#804000" quantity="5" label="Low-growing woody plants" opacity="1"/>
              <ColorMapEntry color="#ccf24d" quantity="6" label="Permanent herbaceous" opacity="1"/>
              <ColorMapEntry color="#ffff80" quantity="7" label="Periodically herbaceous" opacity="1"/>
              <ColorMapEntry color="#ff80ff" quantity="8" label="Lichens and mosses" opacity="1"/>
              <ColorMapEntry color="#bfbfbf" quantity="9" label="Non and sparsely vegetated" opacity="1"/>
              <ColorMapEntry color="#0080ff" quantity="10" label="Water" opacity="1"/>
              <ColorMapEntry color="#00ffff" quantity="11" label="Snow and ice" opacity="1"/>
              <ColorMapEntry color="#bfdfff" quantity="253" label="Coastal seawater buffer" opacity="0.502"/>
              <ColorMapEntry color="#e6e6e6" quantity="254" label="Outside area" opacity="0.502"/>
              <ColorMapEntry color="#000000" quantity="255" label="" opacity="0"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
