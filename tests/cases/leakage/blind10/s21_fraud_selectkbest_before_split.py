import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df.head()
print(df.shape)

df = df.drop(columns=["chargeback_flag"])
df["log_amt"] = np.log1p(df.amount)
df["is_night"] = (df.hour < 6).astype(int)
df = pd.get_dummies(df, columns=["merchant_category", "country"], dtype=float)
test["log_amt"] = np.log1p(test.amount)
test["is_night"] = (test.hour < 6).astype(int)
test = pd.get_dummies(test, columns=["merchant_category", "country"], dtype=float)

cand = [c for c in df.columns if c not in ["is_fraud", "transaction_id", "card_id", "timestamp"]]
print(len(cand), "candidate features")

# keep the 15 most informative columns
sel = SelectKBest(mutual_info_classif, k=15)
sel.fit(df[cand], df.is_fraud)
keep = [c for c, m in zip(cand, sel.get_support()) if m]
print(keep)


def get_split(frame, cols, seed=0):
    idx_tr, idx_te = train_test_split(frame.index, test_size=0.2, stratify=frame.is_fraud,
                                      random_state=seed)
    X_train, X_test = frame.loc[idx_tr, cols], frame.loc[idx_te, cols]
    y_train, y_test = frame.loc[idx_tr, "is_fraud"], frame.loc[idx_te, "is_fraud"]
    return X_train, X_test, y_train, y_test


X_train, X_test, y_train, y_test = get_split(df, keep)
sc = StandardScaler().fit(X_train)
X_train = sc.transform(X_train)
X_test = sc.transform(X_test)

clf = LogisticRegression(max_iter=2000, class_weight="balanced")
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]
print("roc", roc_auc_score(y_test, p))
print("pr ", average_precision_score(y_test, p))

# same thing with more features
# sel = SelectKBest(mutual_info_classif, k=25)

# refit on everything for the submission
X_all = sc.fit_transform(df[keep])
clf.fit(X_all, df.is_fraud)
X_sub = sc.transform(test.reindex(columns=keep, fill_value=0))
pd.DataFrame({"transaction_id": test.transaction_id, "prediction": clf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
