# Playground S4E7 - Binary Classification of Insurance Cross Selling (ROC AUC)
# 11M rows -> work on a 600k sample. Numeric encodings + interaction features,
# keep the 12 most informative columns by mutual information, LightGBM.

from functools import partial

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline

DATA = "/kaggle/input/playground-series-s4e7"
TARGET = "Response"
SEED = 7

dtypes = {"Region_Code": "float32", "Annual_Premium": "float32", "Policy_Sales_Channel": "float32"}
train = pd.read_csv(f"{DATA}/train.csv", dtype=dtypes)
test = pd.read_csv(f"{DATA}/test.csv", dtype=dtypes)
print(train.shape, test.shape, train[TARGET].mean())
print(train.groupby("Vehicle_Damage")[TARGET].mean())
print(train.groupby("Previously_Insured")[TARGET].mean())


def encode(df):
    df = df.copy()
    df["Gender"] = (df["Gender"] == "Male").astype("int8")
    df["Vehicle_Damage"] = (df["Vehicle_Damage"] == "Yes").astype("int8")
    df["Vehicle_Age"] = df["Vehicle_Age"].map({"< 1 Year": 0, "1-2 Year": 1, "> 2 Years": 2}).astype("int8")
    df["Log_Premium"] = np.log1p(df["Annual_Premium"])
    df["Premium_per_Age"] = df["Annual_Premium"] / df["Age"]
    df["Damage_not_Insured"] = ((df["Vehicle_Damage"] == 1) & (df["Previously_Insured"] == 0)).astype("int8")
    df["Age_x_Vintage"] = df["Age"] * df["Vintage"]
    df["Young_driver"] = (df["Age"] < 30).astype("int8")
    df["Premium_is_min"] = (df["Annual_Premium"] <= 2630).astype("int8")
    df["VehAge_x_Damage"] = df["Vehicle_Age"] * 2 + df["Vehicle_Damage"]
    df["Channel_x_Region"] = df["Policy_Sales_Channel"] * 100 + df["Region_Code"]
    df["Insured_x_Channel"] = df["Previously_Insured"] * 1000 + df["Policy_Sales_Channel"]
    return df


train = encode(train)
test = encode(test)
ALL_FEATURES = [c for c in train.columns if c not in ["id", TARGET]]
print(len(ALL_FEATURES), "candidate features")

sub_df = train.sample(n=600_000, random_state=SEED).reset_index(drop=True)
X_all = sub_df[ALL_FEATURES]
y = sub_df[TARGET].values

discrete = [X_all[c].nunique() < 300 for c in ALL_FEATURES]
mi_score = partial(mutual_info_classif, discrete_features=discrete, random_state=SEED)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
model = Pipeline([
    ("select", SelectKBest(mi_score, k=12)),
    ("lgbm", LGBMClassifier(
        n_estimators=800, learning_rate=0.05, num_leaves=127, max_depth=9,
        min_child_samples=200, colsample_bytree=0.5, subsample=0.8, subsample_freq=1,
        reg_lambda=5.0, random_state=SEED, verbose=-1,
    )),
])

dummy_auc = cross_val_score(DummyClassifier(strategy="prior"), X_all, y,
                            cv=skf, scoring="roc_auc")
print(f"Dummy AUC    : {dummy_auc.mean():.4f}")

scores = cross_val_score(model, X_all, y, cv=skf, scoring="roc_auc", n_jobs=1)
print("fold AUCs:", np.round(scores, 5))
print(f"LightGBM AUC : {scores.mean():.5f} +- {scores.std():.5f}")

model.fit(X_all, y)
mask = model.named_steps["select"].get_support()
print("selected:", [c for c, keep in zip(ALL_FEATURES, mask) if keep])
pred = model.predict_proba(test[ALL_FEATURES])[:, 1]
pd.DataFrame({"id": test["id"], TARGET: pred}).to_csv("submission.csv", index=False)
print("saved", len(pred))
