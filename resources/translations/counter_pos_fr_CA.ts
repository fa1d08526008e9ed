<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
    <context>
        <name>CounterPOS</name>
        <message>
            <source>Enter an amount, like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tax is computed on non-negative amounts and rates only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't an amount — type digits like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That isn't an amount — type digits with no spaces, like 12.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount can't be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount is too large: at most {most}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be more than {zero}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most two decimals (cents), like 12.50.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
