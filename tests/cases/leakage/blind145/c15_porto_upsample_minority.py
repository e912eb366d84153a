# Porto Seguro - LightGBM with the minority class upsampled to 1:3
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.utils import resample

train = pd.read_csv("../input/porto-seguro-safe-driver-prediction/train.csv")
test = pd.read_csv("../input/porto-seguro-safe-driver-prediction/test.csv")
print(train.shape, "claim rate:", round(train["target"].mean(), 4))

calc = [c for c in train.columns if c.startswith("ps_calc_")]
train = train.drop(columns=calc)
test = test.drop(columns=calc)

# -1 means missing in this competition; count them per row
for df in (train, test):
    df["n_missing"] = (df == -1).sum(axis=1)
    df["reg_03_sq"] = df["ps_reg_03"] ** 2
    df["car_13_reg_03"] = df["ps_car_13"] * df["ps_reg_03"]

# class imbalance: bring the claims up to a third of the no-claims
neg = train[train["target"] == 0]
pos = train[train["target"] == 1]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 3, random_state=27)
balanced = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=27).reset_index(drop=True)
print("balanced:", balanced["target"].value_counts().to_dict())

features = [c for c in balanced.columns if c not in ("id", "target")]
cat_features = [c for c in features if c.endswith("_cat")]

X_tr, X_va, y_tr, y_va = train_test_split(
    balanced[features], balanced["target"], test_size=0.2, stratify=balanced["target"], random_state=27
)

model = lgb.LGBMClassifier(
    n_estimators=1200, learning_rate=0.02, num_leaves=24, min_child_samples=200,
    colsample_bytree=0.5, subsample=0.8, subsample_freq=1, reg_lambda=5.0, verbose=-1,
)
model.fit(X_tr, y_tr, categorical_feature=cat_features)
p_va = model.predict_proba(X_va)[:, 1]
auc = roc_auc_score(y_va, p_va)
print(f"validation AUC {auc:.5f}  gini {2 * auc - 1:.5f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=features)
print(imp.sort_values(ascending=False).head(15))

test["target"] = model.predict_proba(test[features])[:, 1]
test[["id", "target"]].to_csv("lgb_upsampled.csv", index=False)
