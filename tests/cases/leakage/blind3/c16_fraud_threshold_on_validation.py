import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, average_precision_score

df = pd.read_csv("train.csv")
feats = ["amount", "card_age_days", "n_txn_24h", "foreign", "device_change"]
X_rest, X_test, y_rest, y_test = train_test_split(df[feats], df["is_fraud"], test_size=0.2,
                                                  stratify=df["is_fraud"], random_state=3)
X_train, X_val, y_train, y_val = train_test_split(X_rest, y_rest, test_size=0.25, stratify=y_rest, random_state=3)

rf = RandomForestClassifier(n_estimators=400, class_weight="balanced_subsample", random_state=3)
rf.fit(X_train, y_train)
val_proba = rf.predict_proba(X_val)[:, 1]
thresholds = np.linspace(0.05, 0.95, 19)
f1s = [f1_score(y_val, val_proba >= t) for t in thresholds]
t_star = thresholds[int(np.argmax(f1s))]

test_proba = rf.predict_proba(X_test)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("threshold", t_star, "test F1", f1_score(y_test, test_proba >= t_star))
print("test PR AUC", average_precision_score(y_test, test_proba),
      "baseline", average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]))
