# Card fraud -- scaled logistic regression (+ optional PCA), GridSearchCV
# author note: keep the test split untouched until the very end,
# scaler is fitted on the training split only.
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

tx = pd.read_csv("train.csv")
print(tx.shape, tx["is_fraud"].mean())
print(tx.groupby("merchant_category")["is_fraud"].agg(["mean", "size"]).sort_values("mean").tail())

tx["log_amount"] = np.log1p(tx["amount"])
tx["night"] = tx["hour"].between(0, 5).astype(int)
tx = pd.get_dummies(tx, columns=["merchant_category", "country", "device_type"], dtype=float)

drop = ["transaction_id", "card_id", "timestamp", "chargeback_flag", "is_fraud", "amount"]
X = tx.drop(columns=drop)
y = tx["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=0)

scaler = StandardScaler().fit(X_train)
X_train_s = scaler.transform(X_train)
X_test_s = scaler.transform(X_test)

pipe = Pipeline([("pca", "passthrough"),
                 ("lr", LogisticRegression(max_iter=5000, class_weight="balanced"))])
grid = [
    {"pca": ["passthrough"], "lr__C": [0.001, 0.01, 0.1, 1, 10]},
    {"pca": [PCA(n_components=k) for k in (10, 20, 40)], "lr__C": [0.01, 0.1, 1]},
]
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
gs = GridSearchCV(pipe, grid, cv=skf, scoring="average_precision", n_jobs=-1)
gs.fit(X_train_s, y_train)
print("best:", gs.best_params_)
print("CV AP: %.4f" % gs.best_score_)

p = gs.predict_proba(X_test_s)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_train_s, y_train).predict_proba(X_test_s)[:, 1]
print("test  AP %.4f  AUC %.4f" % (average_precision_score(y_test, p), roc_auc_score(y_test, p)))
print("dummy AP %.4f  AUC %.4f" % (average_precision_score(y_test, base), roc_auc_score(y_test, base)))
