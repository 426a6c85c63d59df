"""Fichier → Échanger avec un autre poste…"""
