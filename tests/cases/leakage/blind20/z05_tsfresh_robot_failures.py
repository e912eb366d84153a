"""Robot execution failure detection from force/torque traces.

Each robot run (`id`) has 15 samples of six force/torque channels. We extract
tsfresh features per run, keep the relevant ones and train a random forest.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from tsfresh import extract_features, select_features
from tsfresh.feature_extraction import EfficientFCParameters

CHANNELS = ["F_x", "F_y", "F_z", "T_x", "T_y", "T_z"]

traces = pd.read_csv("data/robot_failures/timeseries.csv")
labels = pd.read_csv("data/robot_failures/labels.csv").set_index("id")["failure"].astype(int)
print(traces.shape, labels.value_counts().to_dict())

features = extract_features(
    traces[["id", "time"] + CHANNELS],
    column_id="id",
    column_sort="time",
    default_fc_parameters=EfficientFCParameters(),
    n_jobs=2,
)
features = features.replace([np.inf, -np.inf], np.nan).fillna(0)
target = labels.loc[features.index]

relevant = select_features(features, target, fdr_level=0.05)
print(f"{features.shape[1]} extracted -> {relevant.shape[1]} relevant features")

X_train, X_test, y_train, y_test = train_test_split(
    relevant, target, test_size=0.3, stratify=target, random_state=0
)

clf = RandomForestClassifier(n_estimators=400, min_samples_leaf=2, random_state=0, n_jobs=-1)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

print(classification_report(y_test, pred, digits=3))
print(f"ROC AUC  forest: {roc_auc_score(y_test, proba):.3f}")
print(f"ROC AUC  dummy : {roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]):.3f}")
print(f"F1       forest: {f1_score(y_test, pred):.3f}")

importances = pd.Series(clf.feature_importances_, index=relevant.columns)
print(importances.sort_values(ascending=False).head(15))
