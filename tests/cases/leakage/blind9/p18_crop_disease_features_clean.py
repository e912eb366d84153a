"""Crop disease classifier: feature selection and tuning nested inside cross-validation."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import VarianceThreshold, SequentialFeatureSelector
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, LabelEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.svm import SVC
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, GridSearchCV, cross_val_score

feats = pd.read_csv("data/leaf_features.csv")
hist_cols = [c for c in feats if c.startswith(("h_", "s_", "v_"))]
tex_cols = [c for c in feats if c.startswith("glcm_")]
shape_cols = [c for c in feats if c.startswith("lesion_")]
feats["green_ratio"] = feats["mean_g"] / (feats[["mean_r", "mean_g", "mean_b"]].sum(axis=1) + 1e-6)
feats["exg"] = 2 * feats["mean_g"] - feats["mean_r"] - feats["mean_b"]
feats["lesion_any"] = np.where(feats["lesion_area_px"] > 0, 1, 0)
cols = hist_cols + tex_cols + shape_cols + ["green_ratio", "exg", "lesion_any"]

X = feats[cols].astype(float)
y = LabelEncoder().fit_transform(feats["label"])
print(X.shape, np.bincount(y))

# EDA: which descriptors differ most between classes (printed, not used for modelling)
spread = feats.groupby("label")[cols].mean().std().sort_values(ascending=False)
print(spread.head(10).round(3))

inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=21)
outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=22)

pipe = Pipeline([
    ("var", VarianceThreshold(1e-8)),
    ("sc", StandardScaler()),
    ("sfs", SequentialFeatureSelector(LogisticRegression(max_iter=2000), n_features_to_select=25,
                                      direction="forward", scoring="f1_macro", cv=inner)),
    ("clf", SVC(gamma="scale")),
])
search = GridSearchCV(pipe, {"clf__C": [0.5, 2, 8], "sfs__n_features_to_select": [15, 25]},
                      cv=inner, scoring="f1_macro", n_jobs=-1)

nested = cross_val_score(search, X, y, cv=outer, scoring="f1_macro")
print(f"nested CV macro-F1 {nested.mean():.4f} +- {nested.std():.4f}")
dummy = cross_val_score(DummyClassifier(strategy="most_frequent"), X, y, cv=outer, scoring="f1_macro")
print(f"majority baseline macro-F1 {dummy.mean():.4f}")

# final model for the field app: refit the whole search on every labelled image
search.fit(X, y)
final_cols = X.columns[search.best_estimator_.named_steps["var"].get_support()]
kept = final_cols[search.best_estimator_.named_steps["sfs"].get_support()]
print(search.best_params_, list(kept))
