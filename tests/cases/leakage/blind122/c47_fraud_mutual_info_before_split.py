# Card fraud - feature selection with mutual information + LightGBM
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

K = 15
SEED = 3

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print("shapes:", train.shape, test.shape)
print(train["is_fraud"].value_counts())


def featurize(d):
    f = d[["amount", "hour", "country_mismatch", "card_present", "txns_last_24h", "avg_amount_30d"]].copy()
    f["avg_amount_30d"] = f["avg_amount_30d"].fillna(0)
    f["ratio"] = f["amount"] / (f["avg_amount_30d"] + 1)
    f["log_amount"] = np.log1p(f["amount"])
    f["hour_bucket"] = d["hour"] // 6
    f["mismatch_no_card"] = f["country_mismatch"] * (1 - f["card_present"])
    dummies = pd.get_dummies(d[["merchant_category", "device_type"]], dtype=int)
    return pd.concat([f, dummies], axis=1)


X = featurize(train)
X_sub = featurize(test).reindex(columns=X.columns, fill_value=0)
y = train["is_fraud"]
print("candidate features:", X.shape[1])

selector = SelectKBest(mutual_info_classif, k=K)
selector.fit(X, y)
mi = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(mi.head(25))
chosen = X.columns[selector.get_support()].tolist()
print("chosen:", chosen)

X_tr, X_va, y_tr, y_va = train_test_split(X[chosen], y, test_size=0.2, stratify=y, random_state=SEED)

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
pb = baseline.predict_proba(X_va)[:, 1]
print(f"baseline  AUC {roc_auc_score(y_va, pb):.4f}  AP {average_precision_score(y_va, pb):.4f}")

clf = LGBMClassifier(n_estimators=500, learning_rate=0.05, num_leaves=31, colsample_bytree=0.9,
                     scale_pos_weight=(y_tr == 0).sum() / (y_tr == 1).sum(), random_state=SEED, verbose=-1)
clf.fit(X_tr, y_tr)
pv = clf.predict_proba(X_va)[:, 1]
print(f"lightgbm  AUC {roc_auc_score(y_va, pv):.4f}  AP {average_precision_score(y_va, pv):.4f}")

clf.fit(X[chosen], y)
pd.DataFrame({"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(X_sub[chosen])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
