# Heart disease (Cleveland + Hungary + ...), forward feature selection for a compact LR model
import pandas as pd
import numpy as np
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SequentialFeatureSelector
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, accuracy_score, brier_score_loss
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

hd = pd.read_csv("heart_disease_uci.csv")
hd["target"] = (hd["num"] > 0).astype(int)
hd = hd.drop(columns=["id", "num", "dataset"])

# one-hot the few categoricals, keep NaN-free numeric block
hd = pd.get_dummies(hd, columns=["sex", "cp", "restecg", "slope", "thal", "fbs", "exang"], dummy_na=True)
hd = hd.dropna(subset=["trestbps", "chol", "thalch", "oldpeak"])
hd = hd.drop(columns=["ca"])  # 66% missing
print(hd.shape, hd["target"].mean().round(3))

X = hd.drop(columns=["target"]).astype(float)
y = hd["target"]

lr = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=1.0))
sfs = SequentialFeatureSelector(lr, n_features_to_select=8, direction="forward", scoring="roc_auc", cv=5, n_jobs=-1)
sfs.fit(X, y)
chosen = X.columns[sfs.get_support()].tolist()
print("selected:", chosen)

X_train, X_test, y_train, y_test = train_test_split(X[chosen], y, test_size=0.3, stratify=y, random_state=4)
lr.fit(X_train, y_train)
p = lr.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p0 = dummy.predict_proba(X_test)[:, 1]

print(f"LR(8 feats)  AUC {roc_auc_score(y_test, p):.3f}  acc {accuracy_score(y_test, p > 0.5):.3f}  brier {brier_score_loss(y_test, p):.3f}")
print(f"prior dummy  AUC {roc_auc_score(y_test, p0):.3f}  acc {accuracy_score(y_test, p0 > 0.5):.3f}  brier {brier_score_loss(y_test, p0):.3f}")

coefs = pd.Series(lr[-1].coef_[0], index=chosen).sort_values()
print(coefs.round(3))
