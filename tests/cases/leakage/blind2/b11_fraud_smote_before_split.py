import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score


def load():
    df = pd.read_csv("train.csv")
    X = df.drop(columns=["txn_id", "is_fraud", "chargeback_filed"])
    X = pd.get_dummies(X, columns=["merchant_category", "channel"])
    return X, df["is_fraud"]


X, y = load()
X_res, y_res = SMOTE(random_state=7).fit_resample(X, y)
print(y.mean(), y_res.mean())
X_tr, X_te, y_tr, y_te = train_test_split(X_res, y_res, test_size=0.25, stratify=y_res, random_state=7)

rf = RandomForestClassifier(n_estimators=300, n_jobs=-1).fit(X_tr, y_tr)
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
for name, m in {"baseline": base, "rf": rf}.items():
    p = m.predict_proba(X_te)[:, 1]
    print(name, roc_auc_score(y_te, p), average_precision_score(y_te, p))
