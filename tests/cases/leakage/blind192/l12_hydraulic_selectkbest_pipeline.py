#!/usr/bin/env python
# Condition monitoring of a hydraulic test rig (UCI "Condition monitoring of
# hydraulic systems").  Each row is one 60 s load cycle summarised by
# statistics of 17 sensors (pressure, flow, temperature, vibration, ...).
# Target: valve condition (100 = optimal, 90 = small lag, 80 = severe lag,
# 73 = close to total failure).

import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, f1_score, classification_report

RANDOM_STATE = 11

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

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.3, stratify=y, random_state=RANDOM_STATE)

# scaling + ANOVA selection + model, all refitted inside every CV fold
pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(score_func=f_classif)),
    ("clf", LogisticRegression(max_iter=5000, multi_class="multinomial")),
])
grid = GridSearchCV(
    pipe,
    param_grid={"select__k": [10, 25, 50, "all"], "clf__C": [0.1, 0.3, 1.0]},
    cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE),
    scoring="f1_macro",
    n_jobs=-1,
)
grid.fit(X_train, y_train)
print("best params:", grid.best_params_, "cv macro-F1:", round(grid.best_score_, 3))

best = grid.best_estimator_
kept = np.array(feature_cols)[best.named_steps["select"].get_support()]
print("kept:", list(kept))

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

for name, model in (("baseline", dummy), ("logreg", best)):
    pred = model.predict(X_test)
    print(f"{name:9s} accuracy={accuracy_score(y_test, pred):.3f} "
          f"macro-F1={f1_score(y_test, pred, average='macro'):.3f}")

print(classification_report(y_test, best.predict(X_test)))
