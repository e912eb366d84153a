#!/usr/bin/env python
# Condition monitoring of a hydraulic test rig (UCI "Condition monitoring of
# hydraulic systems").  Each row is one 60 s load cycle summarised by
# statistics of 17 sensors (pressure, flow, temperature, vibration, ...).
# Target: valve condition (100 = optimal, 90 = small lag, 80 = severe lag,
# 73 = close to total failure).

import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, classification_report

RANDOM_STATE = 11
K_BEST = 25

cycles = pd.read_csv("hydraulic_cycle_features.csv")
profile = pd.read_csv("profile.txt", sep="\t", header=None,
                      names=["cooler", "valve", "pump_leak", "accumulator", "stable"])
data = pd.concat([cycles, profile], axis=1)
print(data.shape)
print(data["valve"].value_counts().sort_index())

# drop the other condition labels - they describe the same cycle's state
label_cols = ["cooler", "valve", "pump_leak", "accumulator", "stable"]
feature_cols = [c for c in data.columns if c not in label_cols]
print(len(feature_cols), "candidate features")

# constant columns give NaN F-scores
const = [c for c in feature_cols if data[c].nunique() <= 1]
feature_cols = [c for c in feature_cols if c not in const]

X = data[feature_cols].values
y = data["valve"].values

# keep the K most discriminative features (ANOVA F-test)
selector = SelectKBest(score_func=f_classif, k=K_BEST)
X_sel = selector.fit_transform(X, y)
kept = np.array(feature_cols)[selector.get_support()]
print("kept:", list(kept))

X_train, X_test, y_train, y_test = train_test_split(
    X_sel, y, test_size=0.3, stratify=y, random_state=RANDOM_STATE)

scaler = StandardScaler().fit(X_train)
X_train_s = scaler.transform(X_train)
X_test_s = scaler.transform(X_test)

dummy = DummyClassifier(strategy="most_frequent").fit(X_train_s, y_train)
clf = LogisticRegression(C=0.3, max_iter=5000, multi_class="multinomial")
clf.fit(X_train_s, y_train)

for name, model in (("baseline", dummy), ("logreg", clf)):
    pred = model.predict(X_test_s)
    print(f"{name:9s} accuracy={accuracy_score(y_test, pred):.3f} "
          f"macro-F1={f1_score(y_test, pred, average='macro'):.3f}")

print(classification_report(y_test, clf.predict(X_test_s)))
