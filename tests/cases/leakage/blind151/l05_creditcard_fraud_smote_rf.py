# Credit card fraud detection (European cardholders, Sept 2013)
# dataset: creditcard.csv  -> Time, V1..V28 (PCA components), Amount, Class
#
# Plan: handle the huge imbalance with SMOTE, compare LR / RF against a dummy model.

import warnings

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, confusion_matrix,
                             precision_recall_fscore_support, roc_auc_score)
from sklearn.model_selection import train_test_split

warnings.filterwarnings("ignore")
RANDOM_STATE = 2024

df = pd.read_csv("input/creditcard.csv")
print(df.shape)
print(df["Class"].value_counts())
print("fraud share: {:.4%}".format(df["Class"].mean()))

# Amount is very skewed, the V columns are already PCA-scaled
df["log_amount"] = np.log1p(df["Amount"])
df = df.drop(columns=["Amount", "Time"])
df = df.drop_duplicates()

X = df.drop(columns="Class")
y = df["Class"]

# ---- balance the classes -------------------------------------------------
sm = SMOTE(sampling_strategy=0.1, k_neighbors=5, random_state=RANDOM_STATE)
X_res, y_res = sm.fit_resample(X, y)
print("after SMOTE:", np.bincount(y_res))

X_train, X_test, y_train, y_test = train_test_split(
    X_res, y_res, test_size=0.3, stratify=y_res, random_state=RANDOM_STATE
)

# ---- models ----------------------------------------------------------------
models = {
    "Dummy (stratified)": DummyClassifier(strategy="stratified", random_state=RANDOM_STATE),
    "Logistic Regression": LogisticRegression(max_iter=1000, C=0.1),
    "Random Forest": RandomForestClassifier(n_estimators=300, min_samples_leaf=2,
                                            n_jobs=-1, random_state=RANDOM_STATE),
}

rows = []
for name, clf in models.items():
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    p, r, f, _ = precision_recall_fscore_support(y_test, pred, average="binary", zero_division=0)
    rows.append({
        "model": name,
        "roc_auc": roc_auc_score(y_test, proba),
        "avg_precision": average_precision_score(y_test, proba),
        "precision": p,
        "recall": r,
        "f1": f,
    })
    print(name)
    print(confusion_matrix(y_test, pred))

results = pd.DataFrame(rows).set_index("model").round(4)
print(results)
results.to_csv("results_smote.csv")

rf = models["Random Forest"]
top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(10)
print("Top features:\n", top)
