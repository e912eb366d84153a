# bid win model
# ~31% of bids win -> balance classes with SMOTE so the classifier is not biased to "lose"

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")

df["margin"] = df["bid_price"] - df["floor_price"]
df["area"] = df["slot_width"] * df["slot_height"]
df["n_tags"] = df["user_tags"].fillna("").str.count(",") + 1

numeric = ["bid_price", "floor_price", "margin", "area", "n_tags", "hour_of_day"]
dummies = pd.get_dummies(df[["exchange", "slot_visibility", "slot_format", "os", "browser"]].astype(str), dtype=float)
features = pd.concat([df[numeric].fillna(0), dummies], axis=1)
target = df["won"]

sm = SMOTE(random_state=0)
X_bal, y_bal = sm.fit_resample(features, target)
print("before:", target.value_counts().to_dict(), "after:", y_bal.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(X_bal, y_bal, test_size=0.2, random_state=0)

scaler = StandardScaler().fit(X_train[numeric])
X_train = X_train.copy()
X_test = X_test.copy()
X_train[numeric] = scaler.transform(X_train[numeric])
X_test[numeric] = scaler.transform(X_test[numeric])

clf = SGDClassifier(loss="log_loss", alpha=1e-4, random_state=0)
Xtr_np, ytr_np = X_train.to_numpy(), y_train.to_numpy()
for ep in range(5):
    for b in np.array_split(np.random.RandomState(ep).permutation(len(Xtr_np)), 40):
        clf.partial_fit(Xtr_np[b], ytr_np[b], classes=[0, 1])

proba = clf.predict_proba(X_test.to_numpy())[:, 1]
pred = (proba >= 0.5).astype(int)
print("F1     :", round(f1_score(y_test, pred), 4))
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred, digits=3))

test = pd.read_csv("test.csv")
test["margin"] = test["bid_price"] - test["floor_price"]
test["area"] = test["slot_width"] * test["slot_height"]
test["n_tags"] = test["user_tags"].fillna("").str.count(",") + 1
tdum = pd.get_dummies(test[["exchange", "slot_visibility", "slot_format", "os", "browser"]].astype(str), dtype=float)
tX = pd.concat([test[numeric].fillna(0), tdum], axis=1).reindex(columns=features.columns, fill_value=0.0)
tX[numeric] = scaler.transform(tX[numeric])
pd.DataFrame({"bid_id": test["bid_id"], "prediction": clf.predict_proba(tX.to_numpy())[:, 1]}).to_csv(
    "predictions.csv", index=False)
