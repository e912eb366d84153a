"""
Porto Seguro Safe Driver Prediction - will the driver file a claim next year?

Target-encode the categorical columns (ps_car_11_cat has ~100 levels), then 5-fold CV of
LightGBM and logistic regression; the competition metric is normalised Gini = 2*AUC - 1.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
import lightgbm as lgb
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.model_selection import StratifiedKFold, cross_val_score

SEED = 2017

train = pd.read_csv("train.csv")
print(train.shape, "claim rate", round(train["target"].mean(), 4))

# -1 encodes missing in this competition
train = train.replace(-1, np.nan)

calc_cols = [c for c in train.columns if c.startswith("ps_calc_")]
train = train.drop(columns=calc_cols)  # the calc features are known noise

cat_cols = [c for c in train.columns if c.endswith("_cat")]
bin_cols = [c for c in train.columns if c.endswith("_bin")]
num_cols = [c for c in train.columns if c not in cat_cols + bin_cols + ["id", "target"]]
print(len(cat_cols), "cat /", len(bin_cols), "bin /", len(num_cols), "num")

train["n_missing"] = train[cat_cols + num_cols].isna().sum(axis=1)
train["ps_car_13_x_reg_03"] = train["ps_car_13"] * train["ps_reg_03"]
num_cols += ["n_missing", "ps_car_13_x_reg_03"]

X = train[cat_cols + bin_cols + num_cols].copy()
y = train["target"]

# categories as strings so missing becomes its own level
X[cat_cols] = X[cat_cols].fillna(-1).astype(int).astype(str)

encoder = ce.TargetEncoder(cols=cat_cols, smoothing=20, min_samples_leaf=50)
X_enc = encoder.fit_transform(X, y)
print(X_enc[cat_cols].describe().T[["mean", "min", "max"]].round(4))

models = {
    "lgbm": lgb.LGBMClassifier(
        n_estimators=650,
        learning_rate=0.02,
        num_leaves=24,
        min_child_samples=200,
        colsample_bytree=0.5,
        subsample=0.8,
        subsample_freq=1,
        reg_alpha=1.0,
        random_state=SEED,
        verbose=-1,
    ),
    "logit": make_pipeline(
        SimpleImputer(strategy="median"),
        StandardScaler(),
        LogisticRegression(C=0.05, max_iter=2000),
    ),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
for name, model in models.items():
    auc = cross_val_score(model, X_enc, y, cv=skf, scoring="roc_auc", n_jobs=1)
    gini = 2 * auc - 1
    print(f"{name:6s} gini per fold {np.round(gini, 4)}  mean {gini.mean():.4f} (+/- {gini.std():.4f})")
