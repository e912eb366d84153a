"""Stripe rust severity from UAV multispectral plot means (Cambridge 2023, 2 reps).

Plots with visual score >= 3 (0-9 scale) are treated as susceptible.
"""
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, classification_report

plots = pd.read_csv("uav_plot_means_2023.csv")
plots = plots[plots["flight"] == "2023-06-14"]

b = plots
plots["ndvi"] = (b["nir"] - b["red"]) / (b["nir"] + b["red"])
plots["ndre"] = (b["nir"] - b["rededge"]) / (b["nir"] + b["rededge"])
plots["gndvi"] = (b["nir"] - b["green"]) / (b["nir"] + b["green"])
plots["psri"] = (b["red"] - b["blue"]) / b["rededge"]
plots["cig"] = b["nir"] / b["green"] - 1
plots["canopy_temp_dep"] = plots["canopy_temp_c"] - plots["air_temp_c"]

meta_cols = ["plot", "row", "column", "genotype", "flight", "rep"]
feature_cols = [c for c in plots.columns if c not in meta_cols]

X = plots[feature_cols]
y = (plots["rust_score"] >= 3).astype(int)
print("susceptible share:", y.mean().round(3), "features:", len(feature_cols))

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.3, stratify=y, random_state=2023)
rf = RandomForestClassifier(n_estimators=500, max_depth=None, min_samples_leaf=2, random_state=2023)
rf.fit(X_tr, y_tr)

p = rf.predict_proba(X_te)[:, 1]
print(classification_report(y_te, (p > 0.5).astype(int), digits=3))
print("AUC", round(roc_auc_score(y_te, p), 3), " F1", round(f1_score(y_te, p > 0.5), 3))
print(pd.Series(rf.feature_importances_, index=feature_cols).sort_values(ascending=False).head(8))
