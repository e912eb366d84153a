"""Health insurance cross-sell: will an existing customer buy vehicle insurance?

Data: Health Insurance Cross Sell Prediction (train.csv)
Approach: encode, keep features correlated with Response, fit LightGBM.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, precision_recall_fscore_support

CORR_THRESHOLD = 0.02
MAIN_CHANNELS = [152, 26, 124, 160, 156, 122, 157, 154, 151, 163]
MAIN_REGIONS = [28, 8, 46, 41, 15, 30, 29, 50, 3, 11]

df = pd.read_csv("train.csv")
print(df.shape, df["Response"].mean())

df["Gender"] = (df["Gender"] == "Male").astype(int)
df["Vehicle_Damage"] = (df["Vehicle_Damage"] == "Yes").astype(int)
df["Vehicle_Age"] = df["Vehicle_Age"].map({"< 1 Year": 0, "1-2 Year": 1, "> 2 Years": 2})
df["log_premium"] = np.log1p(df["Annual_Premium"])
df["age_bucket"] = pd.cut(df["Age"], bins=[19, 25, 35, 45, 55, 65, 90], labels=False)
df["young_damaged"] = ((df["Age"] < 30) & (df["Vehicle_Damage"] == 1)).astype(int)

# flags for the big sales channels and regions (codes listed in the data description)
for ch in MAIN_CHANNELS:
    df[f"channel_{ch}"] = (df["Policy_Sales_Channel"] == ch).astype(int)
for rc in MAIN_REGIONS:
    df[f"region_{rc}"] = (df["Region_Code"] == rc).astype(int)

candidates = df.drop(columns=["id", "Response"])
corr = candidates.corrwith(df["Response"]).abs().sort_values(ascending=False)
print(corr.head(20))
selected = corr[corr > CORR_THRESHOLD].index.tolist()
print(f"{len(selected)} of {candidates.shape[1]} features kept")

X = df[selected]
y = df["Response"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=8)

clf = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=48,
                         colsample_bytree=0.8, subsample=0.8, subsample_freq=1,
                         random_state=8, verbose=-1)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
print("test ROC AUC: %.4f" % roc_auc_score(y_test, proba))

pred = (proba >= 0.3).astype(int)
p, r, f, _ = precision_recall_fscore_support(y_test, pred, average="binary")
print(f"threshold 0.30: precision {p:.3f} recall {r:.3f} f1 {f:.3f}")

imp = pd.Series(clf.feature_importances_, index=selected).sort_values(ascending=False)
print(imp.head(15))
