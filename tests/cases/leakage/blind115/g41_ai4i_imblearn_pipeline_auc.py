"""AI4I 2020 predictive maintenance - machine failure.

SMOTE + random forest, evaluated with ROC AUC / PR AUC.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from imblearn.pipeline import Pipeline
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, classification_report

FAILURE_MODES = ["TWF", "HDF", "PWF", "OSF", "RNF"]
RENAME = {
    "Air temperature [K]": "air_temp",
    "Process temperature [K]": "process_temp",
    "Rotational speed [rpm]": "rpm",
    "Torque [Nm]": "torque",
    "Tool wear [min]": "tool_wear",
}


def featurize(d):
    d = d.rename(columns=RENAME).copy()
    d["type_code"] = d["Type"].map({"L": 0, "M": 1, "H": 2})
    d["temp_diff"] = d["process_temp"] - d["air_temp"]
    d["power"] = d["torque"] * d["rpm"] * 2 * np.pi / 60
    return d


df = featurize(pd.read_csv("train.csv"))
print(df.shape)
print(df["Machine failure"].value_counts(normalize=True))

FEATURES = ["type_code", "air_temp", "process_temp", "rpm", "torque", "tool_wear", "temp_diff", "power"]
X = df[FEATURES]
y = df["Machine failure"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("smote", SMOTE(random_state=42)),
    ("rf", RandomForestClassifier(n_estimators=400, min_samples_leaf=3, random_state=42, n_jobs=-1)),
])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)
cv_auc = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="roc_auc")
print("CV ROC AUC: %.4f +/- %.4f" % (cv_auc.mean(), cv_auc.std()))

pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
prior_proba = prior.predict_proba(X_test)[:, 1]
print("prior baseline  ROC AUC=%.4f  PR AUC=%.4f" % (roc_auc_score(y_test, prior_proba),
                                                     average_precision_score(y_test, prior_proba)))
print("RF + SMOTE      ROC AUC=%.4f  PR AUC=%.4f  F1=%.4f" % (roc_auc_score(y_test, proba),
                                                              average_precision_score(y_test, proba),
                                                              f1_score(y_test, pred)))
print(classification_report(y_test, pred, digits=3))

imp = pd.Series(pipe.named_steps["rf"].feature_importances_, index=FEATURES).sort_values()
imp.plot(kind="barh", figsize=(7, 5))
plt.tight_layout()
plt.savefig("rf_importance.png")

sub = featurize(pd.read_csv("test.csv"))
pd.DataFrame({"UDI": sub["UDI"], "prediction": pipe.predict_proba(sub[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False)
