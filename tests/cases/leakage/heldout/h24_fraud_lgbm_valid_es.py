import lightgbm as lgb
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score

df = pd.read_csv("train.csv")
feats = ["amount", "distance_km", "merchant_risk", "hour"]
X_tr, X_te, y_tr, y_te = train_test_split(df[feats], df["is_fraud"], test_size=0.2, stratify=df["is_fraud"], random_state=0)
X_tr, X_valid, y_tr, y_valid = train_test_split(X_tr, y_tr, test_size=0.2, stratify=y_tr, random_state=0)
clf = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.03)
clf.fit(X_tr, y_tr, eval_set=[(X_valid, y_valid)], callbacks=[lgb.early_stopping(100)])
print("AP", average_precision_score(y_te, clf.predict_proba(X_te)[:, 1]), "baseline AP", y_te.mean())
