package org.policyops.core.internal.security;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;

/** A user store held in maps; group operations are not needed by the code under test. */
final class InMemoryBackingEngine implements BackingEngine {

    final Map<String, String> passwords = new LinkedHashMap<>();
    final Map<String, List<String>> roles = new LinkedHashMap<>();

    InMemoryBackingEngine withUser(String name, String password, String... userRoles) {
        addUser(name, password);
        for (String role : userRoles) {
            addRole(name, role);
        }
        return this;
    }

    @Override
    public void addUser(String username, String password) {
        passwords.put(username, password);
        roles.putIfAbsent(username, new ArrayList<>());
    }

    @Override
    public void deleteUser(String username) {
        passwords.remove(username);
        roles.remove(username);
    }

    @Override
    public List<UserPrincipal> listUsers() {
        return passwords.keySet().stream().map(UserPrincipal::new).toList();
    }

    @Override
    public UserPrincipal lookupUser(String username) {
        return passwords.containsKey(username) ? new UserPrincipal(username) : null;
    }

    @Override
    public List<RolePrincipal> listRoles(Principal principal) {
        return roles.getOrDefault(principal.getName(), List.of()).stream().map(RolePrincipal::new).toList();
    }

    @Override
    public void addRole(String username, String role) {
        roles.computeIfAbsent(username, u -> new ArrayList<>()).add(role);
    }

    @Override
    public void deleteRole(String username, String role) {
        roles.getOrDefault(username, new ArrayList<>()).remove(role);
    }

    @Override
    public List<GroupPrincipal> listGroups(UserPrincipal user) {
        return List.of();
    }

    @Override
    public Map<GroupPrincipal, String> listGroups() {
        return Map.of();
    }

    @Override
    public void addGroup(String username, String group) {
        throw new AssertionError("InitialAdministrator does not call this");
    }

    @Override
    public void createGroup(String group) {
        throw new AssertionError("InitialAdministrator does not call this");
    }

    @Override
    public void deleteGroup(String username, String group) {
        throw new AssertionError("InitialAdministrator does not call this");
    }

    @Override
    public void addGroupRole(String group, String role) {
        throw new AssertionError("InitialAdministrator does not call this");
    }

    @Override
    public void deleteGroupRole(String group, String role) {
        throw new AssertionError("InitialAdministrator does not call this");
    }
}
