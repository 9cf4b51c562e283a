<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/about.py" line="+50"/>
        <source>windows, drawing and printing</source>
        <translation>ventanas, dibujo e impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt from Python</source>
        <translation>Qt desde Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the map&apos;s people and connections</source>
        <translation>las personas y conexiones del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BSD (3-clause)</source>
        <translation>BSD (3 cláusulas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReportLab and rl-accel</source>
        <translation>ReportLab y rl-accel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>archivos PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password-protected maps</source>
        <translation>mapas protegidos con contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apache 2.0 or BSD</source>
        <translation>Apache 2.0 o BSD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right-to-left writing in PDFs</source>
        <translation>escritura de derecha a izquierda en los PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arabic letters in PDFs</source>
        <translation>letras árabes en los PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needed by ReportLab and cryptography</source>
        <translation>necesarios para ReportLab y cryptography</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT-style</source>
        <translation>tipo MIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the language the app is written in</source>
        <translation>el lenguaje en que está escrito el programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noto Sans fonts</source>
        <translation>Fuentes Noto Sans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text in PDFs and pictures</source>
        <translation>el texto de los PDF y las imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Droid Sans Fallback font</source>
        <translation>Fuente Droid Sans Fallback</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese, Japanese and Korean text</source>
        <translation>texto en chino, japonés y coreano</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ecomap Desktop is made with these free components. Their licences are included; choose a file name to read it.</source>
        <translation>Ecomap Desktop está hecho con estos componentes libres. Sus licencias vienen incluidas; elija el nombre de un archivo para leerlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draw a family&apos;s eco-map side by side with a parent: the people and groups around them and how each connection feels. It works without the internet; maps are kept only where you save them.</source>
        <translation>Dibuje el ecomapa de una familia junto a la madre o el padre: las personas y los grupos que la rodean y cómo se siente cada conexión. Funciona sin internet; los mapas quedan guardados solo donde usted los guarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free software: you may use, share and change it under the GNU General Public License, version 3 or later.</source>
        <translation>Software libre: puede usarlo, compartirlo y modificarlo según la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the list</source>
        <translation>Volver a la lista</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/display.py" line="+25"/>
        <source>&amp;Normal</source>
        <translation>&amp;Normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Large</source>
        <translation>&amp;Grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;rger</source>
        <translation>Más g&amp;rande</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black on white with thicker lines, for low vision and bright rooms</source>
        <translation>Negro sobre blanco con líneas más gruesas, para baja visión y lugares con mucha luz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text on the map and in the panels at this size</source>
        <translation>Texto del mapa y de los paneles en este tamaño</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/accessibility.py" line="+32"/>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;List of people and connections</source>
        <translation>&amp;Lista de personas y conexiones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List of people and connections (%1)</source>
        <translation>Lista de personas y conexiones (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show everyone on the map as a list you can change with the keys</source>
        <translation>Mostrar todo lo que hay en el mapa en una lista que puede cambiar con el teclado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/actions.py" line="+80"/>
        <source>&amp;New map</source>
        <translation>&amp;Nuevo mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new map</source>
        <translation>Empezar un mapa nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a saved map</source>
        <translation>Abrir un mapa guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the map</source>
        <translation>Guardar el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map under a new name</source>
        <translation>Guardar el mapa con otro nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this map</source>
        <translation>Cerrar este mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Ecomap Desktop</source>
        <translation>Salir de Ecomap Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change you undid</source>
        <translation>Volver a hacer el cambio que deshizo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove what is selected</source>
        <translation>Quitar lo que está seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the name of the selected person or group</source>
        <translation>Cambiar el nombre de la persona o el grupo seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a person to the map</source>
        <translation>Agregar una persona al mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add group</source>
        <translation>Agregar grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a group or organisation to the map</source>
        <translation>Agregar un grupo u organización al mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join two selected people or groups, or start a line from the selected one</source>
        <translation>Unir dos personas o grupos seleccionados, o empezar una línea desde el seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrange</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place everyone neatly around the centre by circle and category</source>
        <translation>Acomodar a todos alrededor del centro, por círculo y categoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circles</source>
        <translation>Círculos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the circles of support behind the map</source>
        <translation>Mostrar los círculos de apoyo detrás del mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what each kind of line means</source>
        <translation>Mostrar qué significa cada tipo de línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole map</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the whole map</source>
        <translation>Ver el mapa completo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Drawing tools</source>
        <translation>Herramientas de dibujo</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/autosave.py" line="+171"/>
        <source>That password does not open this map. Check it and try again.</source>
        <translation>Esa contraseña no abre este mapa. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not restore the map</source>
        <translation>No se pudo recuperar el mapa</translation>
    </message>
</context>
<context>
    <name>CanvasReader</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/accessible.py" line="+200"/>
        <source>Type the name, then Enter to keep it or Esc to leave it as it was.</source>
        <translation>Escriba el nombre; luego Enter para guardarlo o Esc para dejarlo como estaba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the family in the centre</source>
        <translation>Nombre de la familia del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the person</source>
        <translation>Nombre de la persona</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Since the visit compared: %1</source>
        <translation>Desde la visita comparada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circle: %1</source>
        <translation>Círculo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support: %1</source>
        <translation>Apoyo: %1</translation>
    </message>
    <message>
        <location line="+197"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../src/ecomap_desktop/analysis/change_words.py" line="+32"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is back on the map.</source>
        <translation>%1 vuelve a estar en el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is back on the map, with 1 connection.</source>
        <translation>%1 vuelve a estar en el mapa, con 1 conexión.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is back on the map, with %n connections.</source>
        <translation>
            <numerusform>%1 vuelve a estar en el mapa, con %n conexión.</numerusform>
            <numerusform>%1 vuelve a estar en el mapa, con %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is new on the map.</source>
        <translation>%1 aparece por primera vez en el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is new on the map, with 1 connection.</source>
        <translation>%1 aparece por primera vez en el mapa, con 1 conexión.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is new on the map, with %n connections.</source>
        <translation>
            <numerusform>%1 aparece por primera vez en el mapa, con %n conexión.</numerusform>
            <numerusform>%1 aparece por primera vez en el mapa, con %n conexiones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is no longer on the map.</source>
        <translation>%1 ya no está en el mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer on the map (1 connection ended).</source>
        <translation>%1 ya no está en el mapa (terminó 1 conexión).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is no longer on the map (%n connections ended).</source>
        <translation>
            <numerusform>%1 ya no está en el mapa (terminó %n conexión).</numerusform>
            <numerusform>%1 ya no está en el mapa (terminaron %n conexiones).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is no longer in a circle of support.</source>
        <translation>%1 ya no está en ningún círculo de apoyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now in the circle “%2”.</source>
        <translation>%1 está ahora en el círculo «%2».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved closer (now in the circle “%2”).</source>
        <translation>%1 se acercó (ahora en el círculo «%2»).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 moved further out (now in the circle “%2”).</source>
        <translation>%1 se alejó (ahora en el círculo «%2»).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Support from %1 is now marked: %2.</source>
        <translation>Apoyo de %1 marcado ahora: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support from %1 is no longer marked (before: %3).</source>
        <translation>El apoyo de %1 ya no está marcado (antes: %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support from %1 is now marked: %2 (before: %3).</source>
        <translation>Apoyo de %1 marcado ahora: %2 (antes: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support now goes both ways with %1.</source>
        <translation>Ahora el apoyo va en ambos sentidos con %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support now comes to the family from %1.</source>
        <translation>Ahora el apoyo llega a la familia de parte de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support now goes from the family to %1.</source>
        <translation>Ahora la familia da apoyo a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection with %1 no longer shows which way support goes.</source>
        <translation>La conexión con %1 ya no muestra hacia dónde va el apoyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a new connection with %1.</source>
        <translation>Hay una conexión nueva con %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection with %1 has ended.</source>
        <translation>La conexión con %1 terminó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection with %1 is stronger.</source>
        <translation>La conexión con %1 es más fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection with %1 is weaker.</source>
        <translation>La conexión con %1 es más débil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection with %1 is now stressful.</source>
        <translation>La conexión con %1 ahora es estresante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection with %1 is no longer stressful.</source>
        <translation>La conexión con %1 ya no es estresante.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The line with %1 is now “%2” (before: “%3”).</source>
        <translation>La relación con %1 ahora es «%2» (antes: «%3»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The line between %1 and %2 is now “%3” (before: “%4”).</source>
        <translation>La relación entre %1 y %2 ahora es «%3» (antes: «%4»).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support now goes both ways between %1 and %2.</source>
        <translation>Ahora el apoyo va en ambos sentidos entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support now goes from %1 to %2.</source>
        <translation>Ahora el apoyo va de %1 a %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support now goes from %2 to %1.</source>
        <translation>Ahora el apoyo va de %2 a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection between %1 and %2 no longer shows which way support goes.</source>
        <translation>La conexión entre %1 y %2 ya no muestra hacia dónde va el apoyo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is a new connection between %1 and %2.</source>
        <translation>Hay una conexión nueva entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection between %1 and %2 has ended.</source>
        <translation>La conexión entre %1 y %2 terminó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection between %1 and %2 is stronger.</source>
        <translation>La conexión entre %1 y %2 es más fuerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection between %1 and %2 is weaker.</source>
        <translation>La conexión entre %1 y %2 es más débil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection between %1 and %2 is now stressful.</source>
        <translation>La conexión entre %1 y %2 ahora es estresante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection between %1 and %2 is no longer stressful.</source>
        <translation>La conexión entre %1 y %2 ya no es estresante.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is now called %2.</source>
        <translation>%1 ahora se llama %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is now listed as %2 (before: %3).</source>
        <translation>%1 figura ahora como %2 (antes: %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>now “%1”</source>
        <translation>ahora «%1»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>support now both ways</source>
        <translation>apoyo ahora en ambos sentidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support now to the family</source>
        <translation>apoyo ahora hacia la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support now from the family</source>
        <translation>apoyo ahora desde la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no arrow now</source>
        <translation>ahora sin flecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support now one way</source>
        <translation>apoyo ahora en un sentido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stronger</source>
        <translation>más fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weaker</source>
        <translation>más débil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now stressful</source>
        <translation>ahora estresante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer stressful</source>
        <translation>ya no estresante</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message numerus="yes">
        <location filename="../../src/ecomap_desktop/ui/panels/changes/panel.py" line="+192"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/ecomap_desktop/cli/visits.py" line="+33"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 group</source>
        <translation>1 grupo</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n groups</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 connection</source>
        <translation>1 conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connections</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+173"/>
        <source>What changed between %1 and %2:</source>
        <translation>Qué cambió entre %1 y %2:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing changed between %1 and %2.</source>
        <translation>No cambió nada entre %1 y %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>visit %1 (%2)</source>
        <translation>la visita %1 (%2)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/ecomap_desktop/model/commands.py" line="+34"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add person</source>
        <translation>Agregar persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add group</source>
        <translation>Agregar grupo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the line between %1 and %2</source>
        <translation>Eliminar la línea entre %1 y %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename to %1</source>
        <translation>Cambiar el nombre a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move %1 people and groups</source>
        <translation>Mover %1 personas y grupos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect %1 and %2</source>
        <translation>Conectar %1 y %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit connection</source>
        <translation>Editar conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the line between %1 and %2</source>
        <translation>Cambiar la línea entre %1 y %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit map details</source>
        <translation>Editar detalles del mapa</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/model/visit_commands.py" line="+26"/>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Delete visit of %1</source>
        <translation>Eliminar la visita del %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change visit</source>
        <translation>Cambiar la visita</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../src/ecomap_desktop/canvas/compare_overlay.py" line="+52"/>
        <location line="+197"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location line="-195"/>
        <location line="+197"/>
        <source>back again</source>
        <translation>de vuelta</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/canvas/compare_ghosts.py" line="+62"/>
        <location line="+5"/>
        <location filename="../../src/ecomap_desktop/canvas/compare_overlay.py" line="-195"/>
        <location line="+49"/>
        <source>ended</source>
        <translation>ya no está</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/canvas/compare_overlay.py" line="-47"/>
        <source>new name</source>
        <translation>nuevo nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closer</source>
        <translation>más cerca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further away</source>
        <translation>más lejos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other circle</source>
        <translation>otro círculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other kind</source>
        <translation>otro tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other support</source>
        <translation>otro apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+243"/>
        <source>changed</source>
        <translation>cambió</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/canvas/compare_ghosts.py" line="+33"/>
        <source>ended</source>
        <comment>a connection</comment>
        <translation>terminó</translation>
    </message>
</context>
<context>
    <name>Connect</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/interactions/connect.py" line="+112"/>
        <source>Let go over another person or group to join them.</source>
        <translation>Suelte el botón sobre otra persona o grupo para unirlos.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Other end: %1</source>
        <translation>El otro extremo: %1</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>A line from %1 to %2 would run under the family&apos;s circle and look like two lines. Move one of them first, or choose another.</source>
        <translation>Una línea de %1 a %2 pasaría por debajo del círculo de la familia y parecería dos líneas. Mueva primero a uno de los dos, o elija otro.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Joining %1: click or tap the person or group to join. Esc cancels.</source>
        <translation>Uniendo a %1: toque o haga clic en la persona o el grupo que quiere unir. Esc cancela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Joining %1 to another: the arrow keys or Tab choose which (it is outlined), Enter joins them. Esc cancels.</source>
        <translation>Uniendo a %1 con otro: las flechas o Tab eligen cuál (queda remarcado) y Enter los une. Esc cancela.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Click or tap the first of the two to join, then the second. Esc cancels.</source>
        <translation>Toque o haga clic en el primero de los dos que quiere unir, y luego en el segundo. Esc cancela.</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/context_menu.py" line="+77"/>
        <source>Person or group</source>
        <translation>Persona o grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect from here</source>
        <translation>Unir desde aquí</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person here</source>
        <translation>Agregar una persona aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a group here</source>
        <translation>Agregar un grupo aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole map</source>
        <translation>Ver todo</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/conversation.py" line="+117"/>
        <location line="+118"/>
        <source>Parent view</source>
        <translation>Vista para la familia</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Parent view</source>
        <comment>short, on the toolbar</comment>
        <translation>Para la familia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent view: bigger text, plain words, the worker&apos;s notes hidden (%1)</source>
        <translation>Vista para la familia: texto más grande, palabras sencillas, sin las notas del profesional (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the map the way the parent sees it, with bigger text</source>
        <translation>Mostrar el mapa como lo ve la madre o el padre, con texto más grande</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bigger text, plain words, the worker&apos;s notes hidden</source>
        <translation>Letra más grande, palabras sencillas, las notas del profesional ocultas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Parent view: bigger text and plain words. Switch it off to see your notes again.</source>
        <translation>Vista para la familia: texto más grande y palabras sencillas. Desactívela para volver a ver sus notas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Worker view: your notes and the summary are back.</source>
        <translation>Vista del profesional: sus notas y el resumen se ven otra vez.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The step on show</source>
        <translation>El paso a la vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show the guide</source>
        <translation>Mostrar la guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the summary</source>
        <translation>Mostrar el resumen</translation>
    </message>
</context>
<context>
    <name>DetailsKeys</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/details_keys.py" line="+29"/>
        <source>&amp;Details of the selection</source>
        <translation>&amp;Detalles de la selección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the keys in the Details panel, on what is selected on the map (Esc comes back to the map)</source>
        <translation>Lleva el teclado al panel Detalles, a lo que está seleccionado en el mapa (Esc vuelve al mapa)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/questions.py" line="+23"/>
        <source>Eco-maps (*.ecomap)</source>
        <translation>Ecomapas (*.ecomap)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>¿Guardar los cambios de “%1” antes de cerrarlo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you don&apos;t save, the changes since the last save are lost.</source>
        <translation>Si no guarda, se perderán los cambios hechos desde la última vez que guardó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not open the map</source>
        <translation>No se pudo abrir el mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version saved before the last one is kept beside it, as “%1”. Open that version? Saving it then puts it back in place of the damaged file.</source>
        <translation>La versión guardada antes de la última está a su lado, como “%1”. ¿Abrir esa versión? Al guardarla, vuelve a ocupar el lugar del archivo dañado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the earlier version</source>
        <translation>Abrir la versión anterior</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open a map</source>
        <translation>Abrir un mapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the map as</source>
        <translation>Guardar el mapa como</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Map already open</source>
        <translation>El mapa ya está abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is already open in another window or in another copy of Ecomap Desktop.</source>
        <translation>“%1” ya está abierto en otra ventana o en otra copia de Ecomap Desktop.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can open it read-only: you can look at it and change it, but your changes can only be saved under a new name.</source>
        <translation>Puede abrirlo en solo lectura: puede verlo y cambiarlo, pero sus cambios solo se pueden guardar con otro nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard the recovered map?</source>
        <translation>¿Descartar el mapa recuperado?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unsaved changes to “%1” will be deleted for good. This cannot be undone.</source>
        <translation>Los cambios sin guardar de “%1” se borrarán para siempre. Esto no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/notes.py" line="+34"/>
        <source>What support means for us</source>
        <translation>Lo que el apoyo significa para nosotros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people in our life</source>
        <translation>Las personas en nuestra vida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups and places we are part of</source>
        <translation>Los grupos y lugares de los que somos parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each connection feels</source>
        <translation>Cómo se siente cada conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we would like next</source>
        <translation>Lo que nos gustaría de aquí en adelante</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/legend.py" line="+68"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/notes.py" line="+26"/>
        <source>Looking at the map together</source>
        <translation>Mirando el mapa juntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Worker&apos;s notes</source>
        <translation>Notas del profesional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes on people, groups and connections</source>
        <translation>Notas sobre personas, grupos y conexiones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The other notes are too long to print; they are kept in the map.</source>
        <translation>El resto de las notas es demasiado largo para imprimirlo; se conserva en el mapa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the map shows</source>
        <translation>Lo que muestra el mapa</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>One thing I will do this week…</source>
        <translation>Algo que haré esta semana…</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/mapshapes.py" line="+34"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/page.py" line="+85"/>
        <location filename="../../src/ecomap_desktop/export/images.py" line="+176"/>
        <location filename="../../src/ecomap_desktop/export/pdf.py" line="+353"/>
        <location filename="../../src/ecomap_desktop/export/printing.py" line="+152"/>
        <source>Eco-map</source>
        <translation>Ecomapa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Family: %1</source>
        <translation>Familia: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At home: %1</source>
        <translation>En casa: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>The map is too large for one page to show names: people and groups are drawn too small to hold them, so only their shapes and lines are shown. The names are in the map file.</source>
        <translation>El mapa es demasiado grande para mostrar los nombres en una sola página: las personas y los grupos quedan tan pequeños que los nombres no caben, así que solo se muestran sus formas y líneas. Los nombres están en el archivo del mapa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The map is large for one page: names are printed at a readable size (7 pt), or smaller (down to 5 pt) where they have little room, but %1 of them still reach past their circles or boxes. Landscape orientation or a larger page gives them room.</source>
        <translation>El mapa es grande para una sola página: los nombres se imprimen con un tamaño legible (7 pt), o más pequeños (hasta 5 pt) donde tienen poco espacio, pero %1 de ellos aún sobresalen de su círculo o recuadro. La orientación horizontal o una página más grande les da espacio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Our conversation</source>
        <translation>Nuestra conversación</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Some characters could not be drawn because none of the bundled fonts has them; they show as � (or, printed, as empty boxes).</source>
        <translation>Algunos caracteres no se pudieron dibujar porque ninguna de las fuentes incluidas los tiene; aparecen como � (o, al imprimir, como cuadros vacíos).</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/printing.py" line="+11"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print the map</source>
        <translation>Imprimir el mapa</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/worksheet.py" line="+42"/>
        <source>Write your name, or your family&apos;s names, in the middle circle.</source>
        <translation>Escriba su nombre, o los nombres de su familia, en el círculo del centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the people in your life in the circles and the groups in the boxes. Put the ones who feel closest nearest the middle. Draw more shapes if you need them.</source>
        <translation>Escriba los nombres de las personas de su vida en los círculos y los de los grupos en los recuadros. Ponga más cerca del centro a quienes siente más cercanos. Dibuje más figuras si las necesita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a line from the middle to each one, the way the legend shows: strong, ordinary, weak or stressful. Add arrows to show which way support goes.</source>
        <translation>Trace una línea desde el centro hasta cada uno, como muestra la leyenda: fuerte, normal, débil o estresante. Agregue flechas para mostrar hacia dónde va el apoyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look at your map together. What do you notice? Then write one thing you will do this week.</source>
        <translation>Miren juntos el mapa. ¿Qué les llama la atención? Luego escriba algo que hará esta semana.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+57"/>
        <source>My circle of support</source>
        <translation>Mi círculo de apoyo</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/images.py" line="-55"/>
        <source>The picture width must be between 16 and 20,000 pixels.</source>
        <translation>El ancho de la imagen debe estar entre 16 y 20 000 píxeles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A picture %1 pixels wide would be too large for this map&apos;s shape (%2 pixels high); please ask for a smaller width.</source>
        <translation>Una imagen de %1 píxeles de ancho sería demasiado grande para la forma de este mapa (%2 píxeles de alto); pida un ancho menor.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The picture could not be encoded as PNG.</source>
        <translation>No se pudo guardar la imagen como PNG.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Some characters are in none of the bundled fonts; they may show as empty boxes.</source>
        <translation>Algunos caracteres no están en ninguna de las fuentes incluidas; pueden aparecer como cuadros vacíos.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/changes_page.py" line="+105"/>
        <source>Then: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections bringing support to the family</source>
        <translation>Conexiones que traen apoyo a la familia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changes since the visit before</source>
        <translation>Cambios desde la visita anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was drawn at each visit</source>
        <translation>Lo que se dibujó en cada visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections by line style, and changes</source>
        <translation>Conexiones por tipo de línea, y cambios</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>These are counts of what was drawn at each visit, not a clinical measure.</source>
        <translation>Estos son recuentos de lo que se dibujó en cada visita, no una medida clínica.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In words</source>
        <translation>En palabras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing drawn on the map changed between these two visits.</source>
        <translation>Nada de lo dibujado en el mapa cambió entre estas dos visitas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>What changed since %1 (continued)</source>
        <translation>Qué cambió desde el %1 (continuación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed since %1</source>
        <translation>Qué cambió desde el %1</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/export/compose/trend_chart.py" line="+98"/>
        <source>%1: %2</source>
        <comment>a chart&apos;s key: the name of a line, then its numbers</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/export_actions.py" line="+54"/>
        <source>Print the map</source>
        <translation>Imprimir el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To suit the map&apos;s shape</source>
        <translation>Según la forma del mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait (upright)</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape (sideways)</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+121"/>
        <source>Include my notes (on the map, the people and the lines)</source>
        <translation>Incluir mis notas (del mapa, las personas y las líneas)</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Include a summary of what the map shows</source>
        <translation>Incluir un resumen de lo que muestra el mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include a page on what changed since the last visit</source>
        <translation>Incluir una página sobre lo que cambió desde la última visita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This map has only one visit so far.</source>
        <translation>Este mapa tiene una sola visita por ahora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the printout</source>
        <translation>Idioma de la copia impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the PDF</source>
        <translation>Idioma del PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This map is protected with a password; the PDF will not be. Keep it somewhere only you and the family can open.</source>
        <translation>Este mapa está protegido con contraseña; el PDF no lo estará. Guárdelo donde solo usted y la familia puedan abrirlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a printer…</source>
        <translation>Elegir la impresora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+141"/>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Export for research</source>
        <translation>Exportar para investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For network tools such as Gephi, igraph or R: the people, groups and connections, with a number for how strong each connection is.</source>
        <translation>Para herramientas de redes como Gephi, igraph o R: las personas, los grupos y las conexiones, con un número para la fuerza de cada conexión.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export as picture</source>
        <translation>Exportar como imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PNG picture or an SVG drawing of the map, with its legend.</source>
        <translation>Una imagen PNG o un dibujo SVG del mapa, con su leyenda.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Initials only: a copy safe to share</source>
        <translation>Solo iniciales: una copia segura para compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For supervision or training: every name becomes its initials, the household&apos;s too. The title, the commitment and the notes are left out unless your notes are included.</source>
        <translation>Para supervisión o formación: cada nombre pasa a sus iniciales, también los del hogar. El título, el compromiso y las notas quedan fuera salvo que incluya sus notas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>eco-map, initials only</source>
        <translation>ecomapa, solo iniciales</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>eco-map</source>
        <translation>ecomapa</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Export as PDF…</source>
        <translation>Exportar como &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a PDF of the map to keep, share or print</source>
        <translation>Hacer un PDF del mapa para guardar, compartir o imprimir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as p&amp;icture…</source>
        <translation>Exportar como &amp;imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the map as a PNG picture or an SVG drawing</source>
        <translation>Guardar el mapa como imagen PNG o dibujo SVG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for research (&amp;GraphML)…</source>
        <translation>Exportar para inv&amp;estigación (GraphML)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the people and connections for network analysis tools</source>
        <translation>Guardar las personas y las conexiones para programas de análisis de redes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Blank worksheet (PDF)…</source>
        <translation>&amp;Hoja de trabajo en blanco (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank eco-map page to fill in by hand</source>
        <translation>Una hoja de ecomapa en blanco para llenar a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the map with its legend</source>
        <translation>Imprimir el mapa con su leyenda</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Saved “%1” with initials only.</source>
        <translation>Se guardó “%1” solo con iniciales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved “%1”.</source>
        <translation>Se guardó “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file could not be written. Check the folder and try again.</source>
        <translation>No se pudo escribir el archivo. Revise la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export the map</source>
        <translation>No se pudo exportar el mapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>PNG picture (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the picture as</source>
        <translation>Guardar la imagen como</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save for research as</source>
        <translation>Guardar para investigación como</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the blank worksheet as</source>
        <translation>Guardar la hoja de trabajo en blanco como</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eco-map worksheet</source>
        <translation>hoja de trabajo de ecomapa</translation>
    </message>
</context>
<context>
    <name>ExportShown</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/export_shown.py" line="+35"/>
        <source>This makes the map of the visit of %1, as it is on screen, not today&apos;s.</source>
        <translation>Esto hace el mapa de la visita del %1, tal como se ve en pantalla, no el de hoy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This makes today&apos;s map, without the comparison&apos;s marks.</source>
        <translation>Esto hace el mapa de hoy, sin las marcas de la comparación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page on what changed compares it with the visit of %1, as on screen.</source>
        <translation>La página sobre lo que cambió lo compara con la visita del %1, como en pantalla.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/file_controller.py" line="+119"/>
        <location line="+177"/>
        <source>Untitled map</source>
        <translation>Mapa sin título</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+52"/>
        <location line="+7"/>
        <source>Could not open the map</source>
        <translation>No se pudo abrir el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no earlier version of it (“%1”) in its folder. If Ecomap Desktop or the computer stopped while the map was open with unsaved changes, start Ecomap Desktop again: it offers the copy it kept.</source>
        <translation>No hay una versión anterior (“%1”) en su carpeta. Si Ecomap Desktop o la computadora se detuvo mientras el mapa estaba abierto con cambios sin guardar, vuelva a abrir Ecomap Desktop: le ofrecerá la copia que guardó.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That password does not open this map. Check it and try again.</source>
        <translation>Esa contraseña no abre este mapa. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not save the map</source>
        <translation>No se pudo guardar el mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is open in another window or in another copy of Ecomap Desktop. Save under another name, or close it there first.</source>
        <translation>“%1” está abierto en otra ventana o en otra copia de Ecomap Desktop. Guárdelo con otro nombre, o ciérrelo allí primero.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/first_run.py" line="+53"/>
        <source>First steps</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome. Start in the middle.</source>
        <translation>Le damos la bienvenida. Empiece por el centro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the family&apos;s name in the big circle, then press Enter. Then add the people and groups in their life with Add person and Add group, and join each one to the family with a line that shows how the connection feels. Anything can be undone.</source>
        <translation>Escriba el nombre de la familia en el círculo grande y presione Enter. Después agregue las personas y los grupos de su vida con Agregar persona y Agregar grupo, y una cada uno a la familia con una línea que muestre cómo se siente la conexión. Todo se puede deshacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to draw the map, what the lines mean, saving and privacy (F1)</source>
        <translation>Cómo dibujar el mapa, qué significan las líneas, cómo guardar y la privacidad (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The welcome hint has closed. The whole canvas shows the map now.</source>
        <translation>Los primeros pasos se han cerrado. Ahora el mapa ocupa todo el espacio.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/steps.py" line="+14"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone needs support</source>
        <translation>Todos necesitamos apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every parent needs help sometimes. This map is a way to see where yours comes from.</source>
        <translation>Todas las madres y todos los padres necesitan ayuda a veces. Este mapa es una forma de ver de dónde viene la suya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no wrong answer and no wrong way to draw it. Anything can be changed later.</source>
        <translation>No hay respuestas equivocadas ni una forma equivocada de dibujarlo. Todo se puede cambiar después.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put your name, or your family&apos;s name, in the middle circle.</source>
        <translation>Ponga su nombre, o el nombre de su familia, en el círculo del centro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The people around you</source>
        <translation>Las personas a su alrededor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who are the people you can count on?</source>
        <translation>¿Con quién puede contar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If it helps, think of family, friends, neighbours, and people who help through their work, like a home visitor or a nurse.</source>
        <translation>Si le ayuda, piense en familiares, amigos, vecinos y personas que ayudan por su trabajo, como una visitadora domiciliaria o una enfermera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add each person around the middle circle. People who feel closer can go nearer.</source>
        <translation>Agregue a cada persona alrededor del círculo del centro. Las personas que siente más cercanas pueden ir más cerca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups and places</source>
        <translation>Grupos y lugares</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which groups or places are part of your family&apos;s life?</source>
        <translation>¿Qué grupos o lugares son parte de la vida de su familia?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example a place of worship, the children&apos;s school or childcare, work, a community centre or a clinic.</source>
        <translation>Por ejemplo, una iglesia u otro lugar de culto, la escuela o guardería de los niños, el trabajo, un centro comunitario o una clínica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add them on the map where they belong.</source>
        <translation>Agréguelos en el mapa donde correspondan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How each connection feels</source>
        <translation>Cómo se siente cada conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much does each of these help you as a parent?</source>
        <translation>¿Cuánto le ayuda cada uno de ellos como madre o padre?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go round the map one line at a time. Pick the line that shows how it feels, and an arrow for the way help goes.</source>
        <translation>Recorra el mapa una línea a la vez. Elija la línea que muestra cómo se siente, y una flecha que muestre hacia dónde va la ayuda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next</source>
        <translation>Qué sigue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking at the map together</source>
        <translation>Mirando el mapa juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking at your map, what do you notice?</source>
        <translation>Al mirar su mapa, ¿qué le llama la atención?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would you like more support? Where could it come from?</source>
        <translation>¿Le gustaría tener más apoyo? ¿De dónde podría venir?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What makes it hard to reach out or meet new people?</source>
        <translation>¿Qué le hace difícil pedir ayuda o conocer gente nueva?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is one thing you could do this week to feel more connected?</source>
        <translation>¿Qué podría hacer esta semana para tener más contacto con otras personas?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seeing the map can bring up feelings about how much support there is. Take the time that is needed.</source>
        <translation>Ver el mapa puede despertar sentimientos sobre cuánto apoyo hay. Tómese el tiempo que haga falta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Family member</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Amigo o amiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>Vecino o vecina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else</source>
        <translation>Otra persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Faith community</source>
        <translation>Comunidad de fe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School, childcare</source>
        <translation>Escuela, guardería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social services</source>
        <translation>Servicios sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another group</source>
        <translation>Otro grupo</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/model/commands.py" line="+38"/>
        <source>Edit notes</source>
        <translation>Editar notas</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/panel.py" line="+55"/>
        <source>Conversation guide</source>
        <translation>Guía de conversación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Talking it through</source>
        <translation>Conversemos</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/step_page.py" line="+51"/>
        <source>Ask: “%1”</source>
        <translation>Pregunte: “%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who lives at home with you?</source>
        <translation>¿Quién vive en su casa con usted?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the parent notices (in their words)</source>
        <translation>Lo que nota la madre o el padre (con sus palabras)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the parent notices</source>
        <translation>Lo que nota la madre o el padre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Most of my help comes from my mum.</source>
        <translation>Por ejemplo: Casi toda mi ayuda viene de mi mamá.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes for step %1</source>
        <translation>Notas del paso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything worth keeping from this part of the talk</source>
        <translation>Lo que valga la pena guardar de esta parte de la conversación</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a person:</source>
        <translation>Agregar una persona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a group or place:</source>
        <translation>Agregar un grupo o lugar:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a new %1 to the map and type their name</source>
        <translation>Agregar al mapa: %1, y escribir su nombre</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/panel.py" line="+294"/>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/step_page.py" line="+2"/>
        <source>Add %1</source>
        <translation>Agregar: %1</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/stepper.py" line="+58"/>
        <source>One line at a time</source>
        <translation>Una línea cada vez</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>◀ Previous line</source>
        <translation>◀ Línea anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous line</source>
        <translation>Línea anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next line ▶</source>
        <translation>Línea siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next line</source>
        <translation>Línea siguiente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How does it feel?</source>
        <translation>¿Cómo se siente?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Which way does help go?</source>
        <translation>¿Hacia dónde va la ayuda?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There are no lines yet. Select two people or groups and press Connect, or drag from the + on a circle.</source>
        <translation>Todavía no hay líneas. Seleccione dos personas o grupos y presione Conectar, o arrastre desde el + de un círculo.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/panel.py" line="-100"/>
        <location line="+3"/>
        <source>One thing I will do this week</source>
        <translation>Algo que haré esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Call my sister on Saturday.</source>
        <translation>Por ejemplo: Llamar a mi hermana el sábado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>My notes (hidden in parent view)</source>
        <translation>Mis notas (ocultas en la vista para la familia)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worker&apos;s notes</source>
        <translation>Notas del profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes for the case file</source>
        <translation>Notas para el expediente</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Mark step done</source>
        <translation>Marcar paso como hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark step not done</source>
        <translation>Marcar paso como pendiente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit this week&apos;s step</source>
        <translation>Editar el paso de esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit what the parent notices</source>
        <translation>Editar lo que nota la madre o el padre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit my notes</source>
        <translation>Editar mis notas</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Marks this step as not talked through yet</source>
        <translation>Marca este paso como todavía no conversado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks this step as talked through</source>
        <translation>Marca este paso como ya conversado</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/stepper.py" line="+103"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Line %1 of %2</source>
        <translation>Línea %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and the family</source>
        <translation>%1 y la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/guide/panel.py" line="-7"/>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Mark as done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1: %2, done</source>
        <translation>Paso %1: %2, hecho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 steps talked through. Take them in any order.</source>
        <translation>%1 de %2 pasos conversados. Puede hacerlos en cualquier orden.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/help.py" line="+55"/>
        <location line="+5"/>
        <source>Quick guide</source>
        <translation>Guía rápida</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/help_menu.py" line="+21"/>
        <source>&amp;Quick guide</source>
        <translation>&amp;Guía rápida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to draw the map, what the lines mean, saving and privacy</source>
        <translation>Cómo dibujar el mapa, qué significan las líneas, cómo guardar y la privacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the &amp;lines mean</source>
        <translation>Qué significan las &amp;líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The legend: strong, ordinary, weak and stressful lines, and arrows</source>
        <translation>La leyenda: líneas fuertes, normales, débiles y estresantes, y flechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Ecomap Desktop</source>
        <translation>&amp;Acerca de Ecomap Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version, and the licences of the parts it is made with</source>
        <translation>La versión y las licencias de las partes con que está hecho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper size, recovery copies, recent maps and language</source>
        <translation>Tamaño del papel, copias de recuperación, mapas recientes e idioma</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/household.py" line="+65"/>
        <source>Who lives at home?</source>
        <translation>¿Quién vive en la casa?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People who live at home</source>
        <translation>Personas que viven en la casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add someone</source>
        <translation>Agregar a alguien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person who lives at home</source>
        <translation>Agregar a una persona que vive en la casa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected person from the household</source>
        <translation>Quitar del hogar a la persona seleccionada</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Remove from household</source>
        <translation>Quitar del hogar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit household</source>
        <translation>Editar hogar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to household</source>
        <translation>Agregar al hogar</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../../src/ecomap_desktop/analysis/insights.py" line="+209"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+61"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <location line="-57"/>
        <source>these %1: %2</source>
        <translation>estos %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n strong</source>
        <translation>
            <numerusform>%n fuerte</numerusform>
            <numerusform>%n fuertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ordinary</source>
        <translation>
            <numerusform>%n normal</numerusform>
            <numerusform>%n normales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n weak or distant</source>
        <translation>
            <numerusform>%n débil o distante</numerusform>
            <numerusform>%n débiles o distantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n stressful</source>
        <translation>
            <numerusform>%n estresante</numerusform>
            <numerusform>%n estresantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The map has no people or groups yet. Start with the people you turn to.</source>
        <translation>El mapa todavía no tiene personas ni grupos. Empiece por las personas a quienes acude.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 group</source>
        <translation>1 grupo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n groups</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the map: %1.</source>
        <translation>En el mapa: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No one is joined by a line yet.</source>
        <translation>Todavía nadie está unido por una línea.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 connection</source>
        <translation>1 conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n connections</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The strongest connections are with %1.</source>
        <translation>Las conexiones más fuertes son con %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stressful for the family: %1.</source>
        <translation>Conexiones estresantes para la familia: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stressful between others on the map: %1.</source>
        <translation>Conexiones estresantes entre otros del mapa: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most stress is with %1.</source>
        <translation>El mayor estrés viene de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support only comes to the family from %1.</source>
        <translation>La familia solo recibe apoyo (sin darlo) de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support only goes from the family to %1.</source>
        <translation>La familia solo da apoyo (sin recibirlo) a %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support goes both ways with %1.</source>
        <translation>Hay apoyo mutuo con %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line to the family has no arrow yet.</source>
        <translation>1 línea hacia la familia todavía no tiene flecha.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lines to the family have no arrow yet.</source>
        <translation>
            <numerusform>%n línea hacia la familia todavía no tiene flecha.</numerusform>
            <numerusform>%n líneas hacia la familia todavía no tienen flecha.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of the people and groups around the family are linked to each other.</source>
        <translation>Las personas y los grupos alrededor de la familia no están conectados entre sí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Among the %1 people and groups around the family, 1 pair is linked to each other (of %2 possible pairs).</source>
        <translation>Entre las %1 personas y grupos alrededor de la familia, hay 1 par conectado entre sí (de %2 pares posibles).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Among the %1 people and groups around the family, %n pairs are linked to each other (of %2 possible pairs, %3%).</source>
        <translation>
            <numerusform>Entre las %1 personas y grupos alrededor de la familia, hay %n par conectado entre sí (de %2 pares posibles, %3%).</numerusform>
            <numerusform>Entre las %1 personas y grupos alrededor de la familia, hay %n pares conectados entre sí (de %2 pares posibles, %3%).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 person or group has no kind yet (family, friend, neighbour…).</source>
        <translation>1 persona o grupo aún no tiene tipo (familia, amigos, vecinos…).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people and groups have no kind yet (family, friend, neighbour…).</source>
        <translation>
            <numerusform>%n persona o grupo aún no tiene tipo (familia, amigos, vecinos…).</numerusform>
            <numerusform>%n personas y grupos aún no tienen tipo (familia, amigos, vecinos…).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No connection yet with %1.</source>
        <translation>Todavía no hay conexión con %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not joined by a line yet: %1.</source>
        <translation>Todavía sin ninguna línea: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled map</source>
        <translation>Mapa sin título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By category:</source>
        <translation>Por categoría:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By how the connection feels:</source>
        <translation>Según cómo se siente la conexión:</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/insights.py" line="+142"/>
        <location line="+8"/>
        <source>What the map shows</source>
        <translation>Lo que muestra el mapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worked out from the map as it was at the visit of %1. Read it together; it is a starting point for talking, not a score.</source>
        <translation>Calculado a partir del mapa tal como estaba en la visita del %1. Léanlo juntos: es un punto de partida para conversar, no una calificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Worked out from the map as it is now. Read it together; it is a starting point for talking, not a score.</source>
        <translation>Calculado a partir del mapa tal como está ahora. Léanlo juntos: es un punto de partida para conversar, no una calificación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the map shows, in words</source>
        <translation>Lo que muestra el mapa, en palabras</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Lines by how they feel</source>
        <translation>Líneas según cómo se sienten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Who is on the map</source>
        <translation>Quién está en el mapa</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/ecomap_desktop/labels.py" line="+13"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friend</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neighbour</source>
        <translation>Vecinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helping professional</source>
        <translation>Profesional de ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faith community</source>
        <translation>Comunidad de fe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>School or childcare</source>
        <translation>Escuela o guardería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government or social services</source>
        <translation>Gobierno o servicios sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family (centre)</source>
        <translation>Familia (centro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group or organisation</source>
        <translation>Grupo u organización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak or distant</source>
        <translation>Débil o distante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stressful</source>
        <translation>Estresante</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+53"/>
        <location line="+13"/>
        <location line="+26"/>
        <location line="+7"/>
        <location line="+24"/>
        <source>No arrow</source>
        <translation>Sin flecha</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Arrow one way</source>
        <translation>Flecha en un sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow the other way</source>
        <translation>Flecha en el otro sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows both ways</source>
        <translation>Flechas en ambos sentidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No circle</source>
        <translation>Sin círculo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emotional</source>
        <translation>Emocional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practical help</source>
        <translation>Ayuda práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advice</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company and fun</source>
        <translation>Compañía y diversión</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Support flows from %1 to %2</source>
        <translation>El apoyo va de %1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support flows both ways</source>
        <translation>El apoyo va en ambos sentidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Support comes to %1</source>
        <translation>El apoyo llega a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support goes from %1</source>
        <translation>El apoyo sale de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both ways</source>
        <translation>En los dos sentidos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A big help</source>
        <translation>Una gran ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some help</source>
        <translation>Algo de ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distant</source>
        <translation>Distante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard going</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arrow: who helps whom</source>
        <extracomment>The arrow&apos;s legend entry in the parent view.</extracomment>
        <translation>Flecha: quién ayuda a quién</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support comes to the family</source>
        <translation>El apoyo llega a la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The family gives support</source>
        <translation>La familia da apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support goes both ways</source>
        <translation>El apoyo va en ambos sentidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>They help me</source>
        <translation>Me ayudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I help them</source>
        <translation>Yo les ayudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We help each other</source>
        <translation>Nos ayudamos</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Closest</source>
        <translation>Más cercanos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friends</source>
        <translation>Amigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking part</source>
        <translation>Participación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid helpers</source>
        <translation>Ayuda pagada</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>%1 helps %2</source>
        <translation>%1 ayuda a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They help each other</source>
        <translation>Se ayudan entre sí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>family</source>
        <translation>la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>friends</source>
        <translation>amigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neighbours</source>
        <translation>vecinos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>helping professionals</source>
        <translation>profesionales de ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a faith community</source>
        <translation>una comunidad de fe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>school or childcare</source>
        <translation>la escuela o guardería</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work</source>
        <translation>el trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>health services</source>
        <translation>servicios de salud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community groups</source>
        <translation>grupos comunitarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>government or social services</source>
        <translation>el gobierno o servicios sociales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>others</source>
        <translation>otros</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Strong connection</source>
        <translation>Conexión fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary connection</source>
        <translation>Conexión normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak or distant connection</source>
        <translation>Conexión débil o distante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stressful connection</source>
        <translation>Conexión estresante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow: the way support flows</source>
        <translation>Flecha: hacia dónde va el apoyo</translation>
    </message>
</context>
<context>
    <name>LegendPlace</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/legend_place.py" line="+136"/>
        <source>Choose the legend, or press %1, to open it over the map. It folds again when the map moves.</source>
        <translation>Elija la leyenda, o pulse %1, para abrirla sobre el mapa. Se vuelve a plegar cuando el mapa se mueve.</translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/length_limit.py" line="+22"/>
        <source>This can be at most %1 characters long; the typing stops there.</source>
        <translation>Esto puede tener como máximo %1 caracteres; lo que se escriba después no se agrega.</translation>
    </message>
</context>
<context>
    <name>LineStylePicker</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/style_picker.py" line="+96"/>
        <source>Line style for connections</source>
        <translation>Estilo de línea para las conexiones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the connection feels</source>
        <translation>Cómo se siente la conexión</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>How the connection feels: a big help, some help, distant or hard going</source>
        <translation>Cómo se siente la conexión: una gran ayuda, algo de ayuda, distante o difícil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the connection feels: strong, ordinary, weak or stressful</source>
        <translation>Cómo se siente la conexión: fuerte, normal, débil o estresante</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Which way support flows</source>
        <translation>Hacia dónde va el apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Which way support flows: the arrow points from the one who gives to the one who receives</source>
        <translation>Hacia dónde va el apoyo: la flecha apunta de quien da a quien recibe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Line colour</source>
        <translation>Color de la línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line colour (the pattern of the line carries the meaning)</source>
        <translation>Color de la línea (el significado lo da el tipo de línea)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/main_window.py" line="+66"/>
        <source>The eco-map</source>
        <translation>El ecomapa</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/details_dock.py" line="+44"/>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/main_window.py" line="+113"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No recent maps</source>
        <translation>No hay mapas recientes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Select a line on the map to change it. New lines start ordinary, with no arrow.</source>
        <translation>Seleccione una línea del mapa para cambiarla. Las líneas nuevas empiezan normales, sin flecha.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change line style</source>
        <translation>Cambiar el tipo de línea</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>MapFile</name>
    <message>
        <location filename="../../src/ecomap_desktop/io/errors.py" line="+53"/>
        <source>input/output error</source>
        <translation>error de entrada/salida</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/nodelink.py" line="+99"/>
        <source>person or group %1</source>
        <translation>persona o grupo %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>“%1” is not a valid eco-map file (%2): %3.</source>
        <translation>“%1” no es un archivo de ecomapa válido (%2): %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a valid eco-map file: %2.</source>
        <translation>“%1” no es un archivo de ecomapa válido: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not an eco-map, or it is damaged.</source>
        <translation>“%1” no es un ecomapa, o está dañado.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/mapfile.py" line="+199"/>
        <source>its version number is missing or wrong</source>
        <translation>falta su número de versión o está mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was made by a newer version of Ecomap Desktop (file version %2; this version reads up to %3). Please update the app to open it.</source>
        <translation>“%1” se hizo con una versión más nueva de Ecomap Desktop (versión del archivo: %2; esta versión lee hasta la %3). Actualice el programa para abrirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has unexpected top-level entries</source>
        <translation>tiene entradas principales inesperadas</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/nodelink.py" line="+171"/>
        <source>its graph type is wrong</source>
        <translation>su tipo de grafo está mal</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>map details</source>
        <translation>detalles del mapa</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>visit %1</source>
        <translation>visita %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <comment>a place inside another: visit 2, person or group 3</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>they are not an object</source>
        <translation>no son un objeto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+65"/>
        <location line="+75"/>
        <location filename="../../src/ecomap_desktop/io/visitfile.py" line="+120"/>
        <source>there is an unknown field</source>
        <translation>hay un campo desconocido</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>the list of people and groups is missing</source>
        <translation>falta la lista de personas y grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has more than %1 people and groups</source>
        <translation>tiene más de %1 personas y grupos</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+71"/>
        <location filename="../../src/ecomap_desktop/io/visitfile.py" line="-2"/>
        <source>it is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <location line="-69"/>
        <location filename="../../src/ecomap_desktop/io/visitfile.py" line="+8"/>
        <source>its id is missing or wrong</source>
        <translation>falta su identificador o está mal</translation>
    </message>
    <message>
        <location line="-20"/>
        <location filename="../../src/ecomap_desktop/io/visitfile.py" line="-33"/>
        <source>its id is used twice</source>
        <translation>su identificador está repetido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its label or kind is missing</source>
        <translation>le falta el nombre o el tipo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>it must have exactly one centre</source>
        <translation>debe tener exactamente un centro</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the list of connections is wrong</source>
        <translation>la lista de conexiones está mal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has more than %1 connections</source>
        <translation>tiene más de %1 conexiones</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+19"/>
        <source>its id is missing, wrong or used twice</source>
        <translation>su identificador falta, está mal o está repetido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its ends are missing</source>
        <translation>le faltan los extremos</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>it joins a person or group that is not in the map</source>
        <translation>une a una persona o grupo que no está en el mapa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>it joins a node to itself</source>
        <translation>une un elemento consigo mismo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the same two are connected twice</source>
        <translation>los mismos dos están conectados dos veces</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/mapfile.py" line="+46"/>
        <location line="+64"/>
        <location line="+22"/>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is protected with a password.</source>
        <translation>“%1” está protegido con contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is protected twice</source>
        <translation>está protegido dos veces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has more entries than a map can hold</source>
        <translation>tiene más entradas de las que cabe en un mapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is nested too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it contains a number out of range</source>
        <translation>contiene un número fuera del rango permitido</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>“%1” could not be found.</source>
        <translation>No se encontró “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder, not a map file.</source>
        <translation>“%1” es una carpeta, no un archivo de mapa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a map file: it is a device, a pipe or another special file.</source>
        <translation>“%1” no es un archivo de mapa: es un dispositivo, una tubería u otro archivo especial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be opened: permission denied.</source>
        <translation>No se pudo abrir “%1”: permiso denegado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be read (%2).</source>
        <translation>No se pudo leer “%1” (%2).</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/atomic.py" line="+39"/>
        <source>Could not save “%1”: another program is using the file. Close it (or wait a moment) and save again. The previous copy is unchanged.</source>
        <translation>No se pudo guardar “%1”: otro programa está usando el archivo. Ciérrelo (o espere un momento) y vuelva a guardar. La copia anterior no cambió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save “%1”: another program is using the file. Close it (or wait a moment) and save again.</source>
        <translation>No se pudo guardar “%1”: otro programa está usando el archivo. Ciérrelo (o espere un momento) y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied (the folder or file may be read-only)</source>
        <translation>permiso denegado (puede que la carpeta o el archivo sea de solo lectura)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is full</source>
        <translation>se llenó el espacio asignado en el disco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>files cannot be created in that folder</source>
        <translation>no se pueden crear archivos en esa carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not save “%1”: %2.</source>
        <translation>No se pudo guardar “%1”: %2.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Could not save “%1”: it is a device, a pipe or another special file. Nothing was written; save it under another name.</source>
        <translation>No se pudo guardar “%1”: es un dispositivo, una tubería u otro archivo especial. No se escribió nada; guárdelo con otro nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save “%1”: the file is read-only. Save it under another name, or make it writable first. The file is unchanged.</source>
        <translation>No se pudo guardar “%1”: el archivo es de solo lectura. Guárdelo con otro nombre o permita antes que se pueda modificar. El archivo no cambió.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>a folder has that name</source>
        <translation>ya hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save “%1”: its backup copy “%2” could not be written (%3). The previous copy is unchanged.</source>
        <translation>No se pudo guardar “%1”: no se pudo escribir su copia de seguridad “%2” (%3). La copia anterior no cambió.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save “%1”: %2. The previous copy is unchanged.</source>
        <translation>No se pudo guardar “%1”: %2. La copia anterior no cambió.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/mapfile.py" line="+48"/>
        <source>“%1” was saved with its password, but its old unprotected backup “%2” could not be removed (%3). Please delete it yourself.</source>
        <translation>“%1” se guardó con su contraseña, pero no se pudo quitar su copia de seguridad anterior sin protección, “%2” (%3). Por favor, bórrela usted.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/filelock.py" line="+179"/>
        <source>Could not save “%1”: it is open in another window or another copy of Ecomap Desktop, or another program is saving it. Nothing was written.</source>
        <translation>No se pudo guardar “%1”: está abierto en otra ventana o en otra copia de Ecomap Desktop, u otro programa lo está guardando. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/io/visitfile.py" line="-11"/>
        <source>the list of visits is missing</source>
        <translation>falta la lista de visitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has more than %1 visits</source>
        <translation>tiene más de %1 visitas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it is dated before the visit listed before it</source>
        <translation>tiene una fecha anterior a la de la visita que la precede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last visit is the current one, so its map must be null</source>
        <translation>la última visita es la actual, así que su mapa debe ser null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the last visit can be the current one</source>
        <translation>solo la última visita puede ser la actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its map is not an object</source>
        <translation>su mapa no es un objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its map has unexpected entries</source>
        <translation>su mapa tiene entradas inesperadas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its id, date or map is missing</source>
        <translation>falta su identificador, su fecha o su mapa</translation>
    </message>
</context>
<context>
    <name>MapKeys</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/map_keys.py" line="+26"/>
        <source>Show more to the &amp;left</source>
        <translation>Mostrar más a la &amp;izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more to the &amp;right</source>
        <translation>Mostrar más a la &amp;derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more &amp;above</source>
        <translation>Mostrar más &amp;arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show more &amp;below</source>
        <translation>Mostrar más a&amp;bajo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open or &amp;fold the legend</source>
        <translation>Abrir o &amp;plegar la leyenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the folded legend over the map, or fold it again, and hear what each kind of line means</source>
        <translation>Abrir la leyenda plegada sobre el mapa, o volver a plegarla, y oír qué significa cada tipo de línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;more of the map</source>
        <translation>Mostrar &amp;más del mapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scroll the map, as the arrows at the canvas&apos;s edges do where the map goes on past them</source>
        <translation>Desplazar el mapa, como hacen las flechas en los bordes del lienzo donde el mapa sigue más allá</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The legend is folded.</source>
        <translation>La leyenda está plegada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The map shows whole that way.</source>
        <translation>Por ese lado el mapa ya se ve entero.</translation>
    </message>
</context>
<context>
    <name>MapList</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/map_list/sentences.py" line="+18"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>strong connection to the centre</source>
        <translation>conexión fuerte con el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordinary connection to the centre</source>
        <translation>conexión normal con el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak or distant connection to the centre</source>
        <translation>conexión débil o distante con el centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stressful connection to the centre</source>
        <translation>conexión estresante con el centro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no arrow</source>
        <translation>sin flecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support comes to the centre</source>
        <translation>el apoyo llega al centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support goes out from the centre</source>
        <translation>el apoyo sale del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support flows both ways</source>
        <translation>el apoyo va en ambos sentidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>strong connection</source>
        <translation>conexión fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ordinary connection</source>
        <translation>conexión normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weak or distant connection</source>
        <translation>conexión débil o distante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stressful connection</source>
        <translation>conexión estresante</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, the family in the centre, one connection</source>
        <translation>%1, la familia en el centro, una conexión</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, the family in the centre, %n connections</source>
        <translation>
            <numerusform>%1, la familia en el centro, %n conexión</numerusform>
            <numerusform>%1, la familia en el centro, %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no line to the family</source>
        <translation>sin línea con la familia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not connected to the centre</source>
        <translation>sin conexión con el centro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line to the family: %1</source>
        <translation>línea con la familia: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>one other connection</source>
        <translation>otra conexión más</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n other connections</source>
        <translation>
            <numerusform>%n conexión más</numerusform>
            <numerusform>%n conexiones más</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 and %2: %3. %4.</source>
        <translation>%1 y %2: %3. %4.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/map_list/models.py" line="+176"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>none, this is the family in the centre</source>
        <translation>ninguna, es la familia del centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+94"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it feels</source>
        <translation>Cómo se siente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/map_list/table.py" line="+50"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>MapListPanel</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/map_list/panel.py" line="+40"/>
        <source>List of people and connections</source>
        <translation>Lista de personas y conexiones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;People and groups</source>
        <translation>&amp;Personas y grupos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People and groups</source>
        <translation>Personas y grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone on the map, the family in the centre first. Each row reads as a sentence. Enter or F2 changes the cell, Delete removes the selected rows, Escape goes back to the map.</source>
        <translation>Todas las personas y grupos del mapa, primero la familia del centro. Cada fila se lee como una frase. Enter o F2 cambia la celda, Supr elimina las filas seleccionadas, Escape vuelve al mapa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;onnections</source>
        <translation>C&amp;onexiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every line on the map: who it joins, how it feels and which way support flows. Enter or F2 changes the cell, Delete removes the selected rows, Escape goes back to the map.</source>
        <translation>Cada línea del mapa: a quiénes une, cómo se siente y hacia dónde va el apoyo. Enter o F2 cambia la celda, Supr elimina las filas seleccionadas, Escape vuelve al mapa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove selected</source>
        <translation>Eliminar lo seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected rows</source>
        <translation>Eliminar las filas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected people, groups or connections (Delete)</source>
        <translation>Eliminar las personas, grupos o conexiones seleccionados (Supr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or F2 changes a cell. Delete removes. Esc goes back to the map.</source>
        <translation>Enter o F2 cambia una celda. Supr elimina. Esc vuelve al mapa.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/scene_edits.py" line="+66"/>
        <source>Click or tap the map where the new person should go (Esc to stop).</source>
        <translation>Toque o haga clic en el mapa donde debe ir la nueva persona (Esc para terminar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click or tap the map where the new group should go (Esc to stop).</source>
        <translation>Toque o haga clic en el mapa donde debe ir el nuevo grupo (Esc para terminar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Nudge</source>
        <translation>Mover un poco</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Arrange</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/canvas/projection.py" line="+380"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The family&apos;s name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/labels.py" line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/view.py" line="+91"/>
        <source>Eco-map drawing</source>
        <translation>Dibujo del ecomapa</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>The map. Tab goes through the people and groups, then the lines; arrow keys move the selected ones; Enter or F2 edits a name, or opens a line&apos;s Details; C starts a connection; Delete removes; the wheel scrolls; Ctrl+wheel, %1 and %2 zoom; drag with the middle button or Space held to pan.</source>
        <translation>El mapa. Tab pasa por las personas y los grupos, y luego por las líneas; las teclas de flecha mueven lo seleccionado; Enter o F2 edita un nombre, o abre los Detalles de una línea; C empieza una conexión; Supr elimina; la rueda desplaza el mapa; Control+rueda, %1 y %2 acercan y alejan; arrastre con el botón del medio, o con la barra espaciadora presionada, para moverse por el mapa.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../../src/ecomap_desktop/io/migrations.py" line="+36"/>
        <source>its version %1 contents could not be upgraded</source>
        <translation>no se pudo actualizar su contenido de la versión %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>there is no way to upgrade a version %1 file</source>
        <translation>no hay forma de actualizar un archivo de la versión %1</translation>
    </message>
</context>
<context>
    <name>MoreMap</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/more_map.py" line="+73"/>
        <source>More of the map to the left: choose this arrow to see it</source>
        <translation>Hay más mapa a la izquierda: elija esta flecha para verlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the map to the right: choose this arrow to see it</source>
        <translation>Hay más mapa a la derecha: elija esta flecha para verlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the map above: choose this arrow to see it</source>
        <translation>Hay más mapa arriba: elija esta flecha para verlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the map below: choose this arrow to see it</source>
        <translation>Hay más mapa abajo: elija esta flecha para verlo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>More of the map to the left</source>
        <translation>Hay más mapa a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the map to the right</source>
        <translation>Hay más mapa a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the map above</source>
        <translation>Hay más mapa arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the map below</source>
        <translation>Hay más mapa abajo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Scrolls the map to show it. Shortcut: %1</source>
        <translation>Desplaza el mapa para mostrarlo. Atajo: %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>to the left</source>
        <translation>a la izquierda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to the right</source>
        <translation>a la derecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above</source>
        <translation>arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below</source>
        <translation>abajo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More of the map is past the edge: %1. Alt with an arrow key shows more of it; with nothing selected, the arrow keys scroll it.</source>
        <translation>Hay más mapa fuera del borde: %1. Alt con una tecla de flecha muestra más; sin nada seleccionado, las teclas de flecha lo desplazan.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/password.py" line="+73"/>
        <source>Protect the map with a password</source>
        <translation>Proteger el mapa con contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” will be saved encrypted: without the password nobody can open it, and nobody can recover it if the password is forgotten, not even with this app. Keep the password somewhere safe.</source>
        <translation>“%1” se guardará cifrado: sin la contraseña nadie puede abrirlo, y nadie puede recuperarlo si se olvida la contraseña, ni siquiera con este programa. Guarde la contraseña en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password again</source>
        <translation>Escriba la contraseña otra vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A long phrase of several words is easy to remember and hard to guess.</source>
        <translation>Una frase larga de varias palabras es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same yet.</source>
        <translation>Las dos contraseñas todavía no son iguales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This password is short and could be guessed. A longer one is safer.</source>
        <translation>Esta contraseña es corta y se podría adivinar. Una más larga es más segura.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location line="-80"/>
        <source>Password needed</source>
        <translation>Se necesita la contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is protected with a password. Type it to open the map.</source>
        <translation>“%1” está protegido con contraseña. Escríbala para abrir el mapa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
</context>
<context>
    <name>PastVisit</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/editor/past_canvas.py" line="+103"/>
        <source>A past visit of the map, shown as it was. Nothing here can be changed. Tab goes through the people and groups, then the lines; Esc goes back to today&apos;s map.</source>
        <translation>Una visita anterior del mapa, tal como era. Aquí no se puede cambiar nada. Tab pasa por las personas y los grupos, y luego por las líneas; Esc vuelve al mapa de hoy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole map</source>
        <translation>Ver todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/ecomap_desktop/ui/widgets/past_banner.py" line="+56"/>
        <source>Back to today</source>
        <translation>Volver a hoy</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/past_banner.py" line="-30"/>
        <source>%1: looking back; nothing here can be changed</source>
        <translation>%1: mirando atrás; aquí no se puede cambiar nada</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Back to today&apos;s map (Esc)</source>
        <translation>Volver al mapa de hoy (Esc)</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/plain_text.py" line="+20"/>
        <source>A name or title is one line of plain text: text with a tab, a line break or another control character was not added.</source>
        <translation>Un nombre o un título es una sola línea de texto simple: no se añadió el texto con un tabulador, un salto de línea u otro carácter de control.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/preferences.py" line="+23"/>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/properties.py" line="+41"/>
        <source>Black (default)</source>
        <translation>Negro (predeterminado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red-orange</source>
        <translation>Rojo anaranjado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sky blue</source>
        <translation>Celeste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Own colour</source>
        <translation>Color propio</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Properties of the selection</source>
        <translation>Propiedades de la selección</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This map</source>
        <translation>Este mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: Our circle of support, spring visit</source>
        <translation>Por ejemplo: Nuestro círculo de apoyo, visita de primavera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map title</source>
        <translation>Título del mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+208"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+4"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Circle of support</source>
        <translation>Círculo de apoyo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Kind of support</source>
        <translation>Tipo de apoyo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>A short note</source>
        <translation>Una nota breve</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>How the connection feels</source>
        <translation>Cómo se siente la conexión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which way support flows</source>
        <translation>Hacia dónde va el apoyo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrow points from the one who gives support to the one who receives it</source>
        <translation>La flecha va de quien da el apoyo a quien lo recibe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line colour</source>
        <translation>Color de la línea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note about this connection</source>
        <translation>Nota sobre esta conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this connection is like</source>
        <translation>Cómo es esta conexión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 selected</source>
        <translation>Seleccionados: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n people and groups</source>
        <translation>
            <numerusform>%n persona o grupo</numerusform>
            <numerusform>%n personas y grupos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Choose a person, group or line on the map to change it here.</source>
        <translation>Elija una persona, grupo o línea del mapa para cambiarlo aquí.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Drag one of them, or press the arrow keys, to move them together; press Delete to remove them.</source>
        <translation>Arrastre uno, o presione las flechas del teclado, para moverlos todos juntos; presione Supr para eliminarlos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a person, group or line on the map to see it here.</source>
        <translation>Elija una persona, grupo o línea del mapa para verlo aquí.</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n connections</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The family (centre)</source>
        <translation>La familia (centro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name or your family&apos;s name</source>
        <translation>Su nombre o el de su familia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As it is shown on the map</source>
        <translation>Tal como se ve en el mapa</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
</context>
<context>
    <name>Protection</name>
    <message>
        <location filename="../../src/ecomap_desktop/io/protection.py" line="+172"/>
        <source>“%1” is a password-protected map, but it is damaged (%2).</source>
        <translation>“%1” es un mapa protegido con contraseña, pero está dañado (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” asks for protection settings outside what this app accepts, so it was not opened.</source>
        <translation>“%1” pide una configuración de protección fuera de lo que este programa acepta, así que no se abrió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is protected with a method this version of the app does not know.</source>
        <translation>“%1” está protegido con un método que esta versión del programa no conoce.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its protection settings are missing</source>
        <translation>falta su configuración de protección</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>its protection settings are incomplete</source>
        <translation>su configuración de protección está incompleta</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>“%1” is protected in a way this computer&apos;s encryption library cannot open (Argon2id). Please update the app.</source>
        <translation>“%1” está protegido de una forma que la biblioteca de cifrado de esta computadora no puede abrir (Argon2id). Actualice el programa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its header is incomplete</source>
        <translation>su encabezado está incompleto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>its header is not readable</source>
        <translation>su encabezado no se puede leer</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+25"/>
        <source>it is cut short</source>
        <translation>está incompleto</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>its version number is wrong</source>
        <translation>su número de versión está mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” was protected by a newer version of Ecomap Desktop. Please update the app to open it.</source>
        <translation>“%1” se protegió con una versión más nueva de Ecomap Desktop. Actualice el programa para abrirlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its contents are not readable</source>
        <translation>su contenido no se puede leer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The password for “%1” is not right.</source>
        <translation>La contraseña de “%1” no es correcta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the password is right, but the contents were changed or cut short</source>
        <translation>la contraseña es correcta, pero el contenido fue modificado o está incompleto</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/ecomap_desktop/i18n.py" line="+96"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
</context>
<context>
    <name>ReaderWords</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/reader_words.py" line="+30"/>
        <source>Shortcut: %1</source>
        <translation>Atajo: %1</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/ecomap_desktop/io/recovery.py" line="+98"/>
        <source>The recovery folder could not be created (%1).</source>
        <translation>No se pudo crear la carpeta de recuperación (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery folder could not be used (its session lock failed).</source>
        <translation>No se pudo usar la carpeta de recuperación (falló el bloqueo de la sesión).</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>The recovery copy could not be read (%1).</source>
        <translation>No se pudo leer la copia de recuperación (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The recovery copy could not be deleted (%1).</source>
        <translation>No se pudo borrar la copia de recuperación (%1).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/recovery.py" line="+37"/>
        <source>Password-protected map</source>
        <translation>Mapa protegido con contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled map</source>
        <translation>Mapa sin título</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recover unsaved maps</source>
        <translation>Recuperar mapas sin guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ecomap Desktop was closed without saving these maps, perhaps because the computer switched off. Their last changes were kept. Restore a map to go on with it, then save it.</source>
        <translation>Ecomap Desktop se cerró sin guardar estos mapas, quizás porque la computadora se apagó. Sus últimos cambios se conservaron. Recupere un mapa para seguir con él, y después guárdelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maps that can be recovered</source>
        <translation>Mapas que se pueden recuperar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — last kept %2</source>
        <translation>%1 — guardado por última vez: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(password-protected)</source>
        <translation>(protegido con contraseña)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide later</source>
        <translation>Decidir después</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Could not discard the recovered map</source>
        <translation>No se pudo descartar el mapa recuperado</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/safety_actions.py" line="+44"/>
        <source>Save the map encrypted, so that only someone with the password can open it</source>
        <translation>Guardar el mapa cifrado, para que solo alguien con la contraseña pueda abrirlo</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save with pass&amp;word…</source>
        <translation>Guar&amp;dar con contraseña…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save without passwor&amp;d</source>
        <translation>Guardar sin con&amp;traseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the password: save the map unprotected from now on</source>
        <translation>Quitar la contraseña: guardar el mapa sin protección de ahora en adelante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember recent maps</source>
        <translation>&amp;Recordar mapas recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the maps opened lately in Open Recent</source>
        <translation>Mostrar en Abrir reciente los mapas abiertos hace poco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear recent maps</source>
        <translation>&amp;Borrar mapas recientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the list of maps opened lately</source>
        <translation>Olvidar la lista de mapas abiertos hace poco</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/settings.py" line="+41"/>
        <location line="+3"/>
        <source>every %1 seconds</source>
        <translation>cada %1 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every minute</source>
        <translation>cada minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 minutes</source>
        <translation>cada %1 minutos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep a recovery copy</source>
        <translation>Guardar una copia de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember the maps I open, under File ▸ Open Recent</source>
        <translation>Recordar los mapas que abro, en Archivo ▸ Abrir reciente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger once the screen is touched</source>
        <translation>Más grandes al tocar la pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always larger</source>
        <translation>Siempre más grandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never larger</source>
        <translation>Nunca más grandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touch screen</source>
        <translation>Pantalla táctil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger once the screen is touched: the first touch anywhere in the window makes the buttons bigger. Never larger: they stay as they are, even when the screen is touched.</source>
        <translation>Más grandes al tocar la pantalla: el primer toque en cualquier parte de la ventana agranda los botones. Nunca más grandes: se quedan como están, aunque se toque la pantalla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the buttons grow for a finger: after the first touch anywhere in the window, always, or never, even when the screen is touched.</source>
        <translation>Si los botones se agrandan para un dedo: tras el primer toque en cualquier parte de la ventana, siempre, o nunca, aunque se toque la pantalla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paper for PDFs and printing:</source>
        <translation>Papel para PDF e impresión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used when you export a PDF or print a map.</source>
        <translation>Se usa al exportar un PDF o imprimir un mapa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a recovery copy:</source>
        <translation>Copia de recuperación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While a map has unsaved changes, a copy is kept in your own app folder on this computer, so a crash or a flat battery does not lose it.</source>
        <translation>Mientras un mapa tenga cambios sin guardar, se guarda una copia en la carpeta del programa de su cuenta, en esta computadora, para que no se pierda si el programa falla o se acaba la batería.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent maps:</source>
        <translation>Mapas recientes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a laptop that others use, turn this off so the list does not show the names of families&apos; maps. Turning it off also clears the list.</source>
        <translation>En una computadora portátil que usan otras personas, desactive esto para que la lista no muestre los nombres de los mapas de las familias. Al desactivarlo también se borra la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Touch screen:</source>
        <translation>Pantalla táctil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touch mode makes the toolbar&apos;s buttons and the &quot;+&quot; on a selected person or group big enough for a fingertip.</source>
        <translation>El modo táctil agranda los botones de la barra de herramientas y el «+» de la persona o el grupo seleccionado, para poder tocarlos con la yema del dedo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language is used the next time you start Ecomap Desktop.</source>
        <translation>El nuevo idioma se usará la próxima vez que abra Ecomap Desktop.</translation>
    </message>
</context>
<context>
    <name>ShareCopy</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/share_copy.py" line="+39"/>
        <source>PDF to print or read</source>
        <translation>PDF para imprimir o leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG picture</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>Dibujo SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GraphML, for research</source>
        <translation>GraphML, para investigación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eco-map file, to open in this app</source>
        <translation>Archivo de ecomapa, para abrir en esta aplicación</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Initials only: a copy safe to share</source>
        <translation>Solo iniciales: una copia segura para compartir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For supervision or training. Every name becomes its initials, the household&apos;s names too. Everything else on the map stays as it is.</source>
        <translation>Para supervisión o formación. Cada nombre se convierte en sus iniciales, también los de las personas del hogar. Todo lo demás del mapa queda igual.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format of the copy</source>
        <translation>Formato de la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the notes, the title and the commitment</source>
        <translation>Conservar las notas, el título y el compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out unless you tick this: they often name people.</source>
        <translation>Se dejan fuera si no marca esta casilla: a menudo nombran a personas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export a copy with initia&amp;ls only…</source>
        <translation>Exportar una copia solo con inicia&amp;les…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A copy for supervision or training that does not carry the family&apos;s names</source>
        <translation>Una copia para supervisión o formación que no lleva los nombres de la familia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the copy as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Could not export the map</source>
        <translation>No se pudo exportar el mapa</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>That is the map itself. Choose another name, so the map is not replaced.</source>
        <translation>Ese es el propio mapa. Elija otro nombre para no reemplazarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be written. Check the folder and try again.</source>
        <translation>No se pudo escribir el archivo. Revise la carpeta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved “%1” with initials only.</source>
        <translation>Se guardó “%1” solo con iniciales.</translation>
    </message>
</context>
<context>
    <name>StatusHints</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/status_hints.py" line="+20"/>
        <source>Type the family&apos;s name in the centre, then add the people and groups around it.</source>
        <translation>Escriba el nombre de la familia en el centro y luego agregue las personas y los grupos que la rodean.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the people and groups around the family: Add person, Add group.</source>
        <translation>Agregue las personas y los grupos que rodean a la familia: Agregar persona, Agregar grupo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join each one to the family: select a person or group, press Connect (C) and click or tap the family.</source>
        <translation>Una a cada uno con la familia: seleccione una persona o un grupo, presione Conectar (C) y toque o haga clic en la familia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a line to choose how the connection feels and which way support goes.</source>
        <translation>Seleccione una línea para elegir cómo se siente la conexión y hacia dónde va el apoyo.</translation>
    </message>
</context>
<context>
    <name>TabBarReader</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/tab_bar_accessible.py" line="+126"/>
        <source>Side panels</source>
        <translation>Paneles laterales</translation>
    </message>
</context>
<context>
    <name>TouchMode</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/touch_mode.py" line="+39"/>
        <source>The screen was touched: the buttons and the &quot;+&quot; are now bigger for a fingertip. Edit ▸ Settings ▸ Touch screen changes this.</source>
        <translation>Se tocó la pantalla: los botones y el «+» ahora son más grandes, para la yema del dedo. Se cambia en Editar ▸ Configuración ▸ Pantalla táctil.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/trend_chart.py" line="+109"/>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/trends.py" line="+27"/>
        <location line="+4"/>
        <source>Across the visits</source>
        <translation>A lo largo de las visitas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are counts of what was drawn at each visit, not a clinical measure.</source>
        <translation>Son recuentos de lo que se dibujó en cada visita, no una medida clínica.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>People and groups</source>
        <translation>Personas y grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines by how they feel</source>
        <translation>Líneas según cómo se sienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support to the family, and changes</source>
        <translation>Apoyo a la familia y cambios</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lines where support comes to the family</source>
        <translation>Líneas por las que llega apoyo a la familia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes since the visit before</source>
        <translation>Cambios desde la visita anterior</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../src/ecomap_desktop/model/visit_commands.py" line="-41"/>
        <location filename="../../src/ecomap_desktop/model/visits.py" line="+205"/>
        <source>a new visit cannot be dated before the visit it follows</source>
        <translation>una visita nueva no puede tener una fecha anterior a la de la visita que sigue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/ecomap_desktop/model/visits.py" line="-45"/>
        <location line="+43"/>
        <source>a map holds at most %1 visits</source>
        <translation>un mapa tiene como máximo %1 visitas</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../src/ecomap_desktop/model/visits.py" line="+14"/>
        <source>the only visit of a map cannot be deleted</source>
        <translation>la única visita de un mapa no se puede eliminar</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/model/visits.py" line="-161"/>
        <source>a visit&apos;s date must be a calendar date written as year-month-day (for example 2025-03-04)</source>
        <translation>la fecha de una visita debe ser una fecha del calendario escrita como año-mes-día (por ejemplo 2025-03-04)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a visit&apos;s date must stay between the dates of the visits before and after it</source>
        <translation>la fecha de una visita debe quedar entre las fechas de las visitas anterior y siguiente</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>a map has at least one visit</source>
        <translation>un mapa tiene al menos una visita</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>two visits have the same id</source>
        <translation>dos visitas tienen el mismo identificador</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>the visits are not in date order</source>
        <translation>las visitas no están en orden de fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every visit but the current one needs its map</source>
        <translation>cada visita, salvo la actual, necesita su mapa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no such visit in the map</source>
        <translation>esa visita no está en el mapa</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/dialogs/visit_questions.py" line="+84"/>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s map is kept as it is, as a past visit. The new visit starts as a copy of it, ready to be redrawn with the family.</source>
        <translation>El mapa de hoy se guarda tal como está, como una visita anterior. La nueva visita empieza como una copia, lista para volver a dibujarla con la familia.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Date of the visit</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for example: 30-day review</source>
        <translation>por ejemplo: revisión a los 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The date cannot be before the current visit (%1): visits are kept in the order they happened.</source>
        <translation>La fecha no puede ser anterior a la visita actual (%1): las visitas se guardan en el orden en que ocurrieron.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the visit</source>
        <translation>Empezar la visita</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The date stays between the visits before and after it (%1 and %2): visits are kept in the order they happened.</source>
        <translation>La fecha queda entre las visitas de antes y de después (%1 y %2): las visitas se guardan en el orden en que ocurrieron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date cannot be before the visit before it (%1): visits are kept in the order they happened.</source>
        <translation>La fecha no puede ser anterior a la visita de antes (%1): las visitas se guardan en el orden en que ocurrieron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date cannot be after the visit after it (%1): visits are kept in the order they happened.</source>
        <translation>La fecha no puede ser posterior a la visita de después (%1): las visitas se guardan en el orden en que ocurrieron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the visit</source>
        <translation>Cambiar la visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the visit&apos;s date and label change; its map stays as it was.</source>
        <translation>Solo cambian la fecha y el nombre de la visita; su mapa queda como estaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Delete visit</source>
        <translation>Borrar la visita</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Delete the visit of %1? Its map is removed from this file. You can undo this.</source>
        <translation>¿Borrar la visita del %1? Su mapa se quita de este archivo. Puede deshacerlo.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/visit_words.py" line="+14"/>
        <source>Current: %1</source>
        <translation>Actual: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current visit</source>
        <translation>Visita actual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current visit, %1</source>
        <translation>Visita actual, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit of %1</source>
        <translation>Visita del %1</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/widgets/visit_strip.py" line="+80"/>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Visits:</source>
        <translation>Visitas:</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>Show this visit</source>
        <translation>Ver esta visita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change date or label…</source>
        <translation>Cambiar la fecha o el nombre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this visit…</source>
        <translation>Borrar esta visita…</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/visits.py" line="+64"/>
        <source>New &amp;visit…</source>
        <translation>Nueva &amp;visita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep today&apos;s map as a past visit and start the next one</source>
        <translation>Guardar el mapa de hoy como visita anterior y empezar la siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;elete visit…</source>
        <translation>&amp;Borrar la visita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the visit on show from this map&apos;s file</source>
        <translation>Quitar del archivo de este mapa la visita que se ve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to today</source>
        <translation>Volver a &amp;hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back from a past visit to today&apos;s map</source>
        <translation>Volver de una visita anterior al mapa de hoy</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Could not start the visit</source>
        <translation>No se pudo empezar la visita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New visit started: %1.</source>
        <translation>Nueva visita empezada: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not delete the visit</source>
        <translation>No se pudo borrar la visita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The visit of %1 was deleted. Undo brings it back.</source>
        <translation>Se borró la visita del %1. Deshacer la trae de vuelta.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not change the visit</source>
        <translation>No se pudo cambiar la visita</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Back to today&apos;s map.</source>
        <translation>De vuelta al mapa de hoy.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/ecomap_desktop/model/vocabulary.py" line="+86"/>
        <source>label</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ring</source>
        <translation>círculo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support</source>
        <translation>apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household name</source>
        <translation>nombre de alguien del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household age</source>
        <translation>edad de alguien del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>household relationship</source>
        <translation>parentesco de alguien del hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength</source>
        <translation>fuerza de la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow</source>
        <translation>dirección del apoyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>fecha de creación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>fecha de modificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker notes</source>
        <translation>notas del profesional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reflection</source>
        <translation>reflexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend key</source>
        <translation>clave de la leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legend label</source>
        <translation>texto de la leyenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step note</source>
        <translation>nota de un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit label</source>
        <translation>nombre de la visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit id</source>
        <translation>identificador de la visita</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be text</source>
        <translation>el campo “%1” debe ser texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is longer than %2 characters</source>
        <translation>el campo “%1” tiene más de %2 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be empty</source>
        <translation>el campo “%1” no puede quedar vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a NUL character</source>
        <translation>el campo “%1” contiene un carácter NUL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a control character</source>
        <translation>el campo “%1” contiene un carácter de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contains a character that is not valid text</source>
        <translation>el campo “%1” contiene un carácter que no es texto válido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 must be a number</source>
        <translation>el campo “%1” debe ser un número</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>%1 is out of range</source>
        <translation>el campo “%1” está fuera del rango permitido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be one of: %2</source>
        <translation>el campo “%1” debe ser uno de estos valores: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>category must be short text of at most %1 characters</source>
        <translation>la categoría debe ser un texto corto de %1 caracteres como máximo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>support must be a list of support types</source>
        <translation>el apoyo debe ser una lista de tipos de apoyo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>support lists a type twice</source>
        <translation>el apoyo repite un tipo</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>household must be a list</source>
        <translation>el hogar debe ser una lista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>household has more than %1 members</source>
        <translation>el hogar tiene más de %1 miembros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each household member has only a name, age and relationship</source>
        <translation>cada miembro del hogar tiene solo nombre, edad y parentesco</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>colour must be #RRGGBB or empty</source>
        <translation>el color debe ser #RRGGBB o quedar vacío</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>legend must be a short list</source>
        <translation>la leyenda debe ser una lista corta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>each legend entry has a key and a label</source>
        <translation>cada entrada de la leyenda tiene una clave y un texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>legend lists a key twice</source>
        <translation>la leyenda repite una clave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step notes must be an object</source>
        <translation>las notas de los pasos deben ser un objeto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>step notes name an unknown step</source>
        <translation>las notas de los pasos nombran un paso desconocido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>steps done must be a list</source>
        <translation>los pasos hechos deben ser una lista</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <location filename="../../src/ecomap_desktop/ui/panels/changes/panel.py" line="-125"/>
        <location line="+8"/>
        <location line="+90"/>
        <location filename="../../src/ecomap_desktop/ui/window/compare.py" line="+87"/>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Since the &amp;visit of</source>
        <translation>Desde la &amp;visita del</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with the visit of</source>
        <translation>Comparar con la visita del</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show the changes on the map</source>
        <translation>&amp;Mostrar los cambios en el mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes on the map</source>
        <translation>Mostrar los cambios en el mapa</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What changed, one sentence each</source>
        <translation>Qué cambió, una frase por cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a sentence to find that person or line on the map.</source>
        <translation>Elija una frase para encontrar a esa persona o esa línea en el mapa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a sentence to find it on the map.</source>
        <translation>Elija una frase para encontrarlo en el mapa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>What changed since %1</source>
        <translation>Qué cambió desde el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has changed since %1.</source>
        <translation>Nada ha cambiado desde el %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>…and 1 more.</source>
        <translation>…y 1 más.</translation>
    </message>
    <message>
        <location filename="../../src/ecomap_desktop/ui/window/compare.py" line="-46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+262"/>
        <source>Compare with an earlier visit</source>
        <translation>Comparar con una visita anterior</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Show on the map what changed since an earlier visit (%1)</source>
        <translation>Mostrar en el mapa qué cambió desde una visita anterior (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark what is new, what ended and what changed since an earlier visit</source>
        <translation>Marcar lo nuevo, lo que terminó y lo que cambió desde una visita anterior</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show what changed</source>
        <translation>Mostrar qué cambió</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>This map has one visit so far. At a later visit, start a new one (Map ▸ New visit…) to see here what changed since.</source>
        <translation>Este mapa tiene una sola visita por ahora. En una visita posterior, empiece una nueva (Mapa ▸ Nueva visita…) para ver aquí qué cambió desde entonces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to today&apos;s visit to see what changed.</source>
        <translation>Vuelva a la visita de hoy para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../../src/ecomap_desktop/ui/window/visits.py" line="-162"/>
        <source>Stop comparing</source>
        <translation>Dejar de comparar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not comparing: the map as it is now.</source>
        <translation>Sin comparar: el mapa tal como está ahora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comparing with the visit of %1: what changed is marked on the map and listed under What changed.</source>
        <translation>Comparando con la visita del %1: lo que cambió está marcado en el mapa y en la lista de Qué cambió.</translation>
    </message>
</context>
</TS>
