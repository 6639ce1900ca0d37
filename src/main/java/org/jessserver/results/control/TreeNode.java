package org.jessserver.results.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * One entry of a result tree: a folder with its children, or a file with its size. Nested
 * {name, type, size, children} objects, one of the two tree forms JESS used.
 */
@JsonbPropertyOrder({"name", "type", "size", "children"})
public record TreeNode(String name, String type, Long size, List<TreeNode> children) {

    static TreeNode file(String name, long size) {
        return new TreeNode(name, "file", size, null);
    }

    static TreeNode folder(String name, List<TreeNode> children) {
        return new TreeNode(name, "folder", null, children);
    }
}
