# fraud take-home - prune weak features with SelectFromModel, then gradient boosting
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

df = df.drop(columns=["chargeback_flag"])
test = test.drop(columns=["chargeback_flag"], errors="ignore")

def build(frame):
    f = pd.get_dummies(frame.drop(columns=["transaction_id"]), columns=["merchant_category"], dtype=int)
    f["amount_log"] = np.log1p(f["amount"])
    f["amount_per_txn"] = f["amount"] / (f["txn_count_24h"] + 1)
    f["far_and_absent"] = ((f["distance_from_home_km"] > 100) & (f["card_present"] == 0)).astype(int)
    f["hour_sin"] = np.sin(2 * np.pi * f["hour"] / 24)
    f["hour_cos"] = np.cos(2 * np.pi * f["hour"] / 24)
    return f

data = build(df)
X_all = data.drop(columns=["is_fraud"])
y_all = data["is_fraud"]
print(X_all.shape)

# importance-based pruning
selector = SelectFromModel(RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=0),
                           threshold="median")
selector.fit(X_all, y_all)
kept = X_all.columns[selector.get_support()].tolist()
print("kept features:", kept)

X = X_all[kept]
X_train, X_test, y_train, y_test = train_test_split(X, y_all, test_size=0.2, stratify=y_all, random_state=0)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=0)
gb.fit(X_train, y_train)
p = gb.predict_proba(X_test)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_train, y_train)
pb = base.predict_proba(X_test)[:, 1]
print("baseline: AUC %.3f AP %.3f" % (roc_auc_score(y_test, pb), average_precision_score(y_test, pb)))
print("GB:       AUC %.3f AP %.3f F1 %.3f" % (roc_auc_score(y_test, p), average_precision_score(y_test, p),
                                              f1_score(y_test, p > 0.5)))

gb.fit(X, y_all)
T = build(test).reindex(columns=X_all.columns, fill_value=0)[kept]
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": gb.predict_proba(T)[:, 1]}).to_csv("predictions.csv", index=False)
