<?php
// Loads the Moodle-free classes of both plugins the way Moodle's autoloader
// would (component\name -> PLUGIN/classes/name.php), without Moodle.

error_reporting(E_ALL);
ini_set('display_errors', '1');

spl_autoload_register(static function (string $class): void {
    $roots = [
        'filter_assent\\' => __DIR__ . '/../../moodle/filter_assent/classes/',
        'local_assent\\' => __DIR__ . '/../../moodle/local_assent/classes/',
    ];
    foreach ($roots as $prefix => $dir) {
        if (strncmp($class, $prefix, strlen($prefix)) === 0) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require_once($file);
            }
            return;
        }
    }
});
