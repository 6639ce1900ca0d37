package org.jessserver.files.control;

import java.nio.file.Path;
import org.jessserver.files.entity.TreeNode;

/** What a path of the upload area names: a folder (answered as its tree) or a file (answered as its bytes). */
public sealed interface AreaEntry {

    record Folder(TreeNode tree) implements AreaEntry {
    }

    record File(Path path, String name) implements AreaEntry {
    }
}
