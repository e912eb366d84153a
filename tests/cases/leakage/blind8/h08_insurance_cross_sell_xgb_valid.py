# Health Insurance Cross Sell - XGBoost with a separate validation split for early stopping
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

SEED = 2021
df = pd.read_csv("train.csv")
print(df.shape, df["Response"].mean())

df["Gender"] = (df["Gender"] == "Male").astype(int)
df["Vehicle_Damage"] = (df["Vehicle_Damage"] == "Yes").astype(int)
df["Vehicle_Age"] = df["Vehicle_Age"].map({"< 1 Year": 0, "1-2 Year": 1, "> 2 Years": 2})
df["Log_Premium"] = np.log1p(df["Annual_Premium"])
df["Young_Damaged"] = ((df["Age"] < 30) & (df["Vehicle_Damage"] == 1)).astype(int)

# 60 / 20 / 20 split: train, validation (early stopping), test (reported once)
train, rest = train_test_split(df, test_size=0.4, stratify=df["Response"], random_state=SEED)
valid, test = train_test_split(rest, test_size=0.5, stratify=rest["Response"], random_state=SEED)
print(len(train), len(valid), len(test))


def add_target_encoding(fit_df, apply_dfs, col, target="Response", alpha=20):
    """Smoothed mean encoding learned on fit_df only, then mapped onto the other frames."""
    prior = fit_df[target].mean()
    stats = fit_df.groupby(col)[target].agg(["sum", "count"])
    enc = (stats["sum"] + alpha * prior) / (stats["count"] + alpha)
    out = []
    for d in apply_dfs:
        d = d.copy()
        d[col + "_te"] = d[col].map(enc).fillna(prior)
        out.append(d)
    return out


train, valid, test = add_target_encoding(train, [train, valid, test], "Region_Code")
train, valid, test = add_target_encoding(train, [train, valid, test], "Policy_Sales_Channel")

FEATURES = ["Gender", "Age", "Driving_License", "Previously_Insured", "Vehicle_Age", "Vehicle_Damage",
            "Log_Premium", "Vintage", "Young_Damaged", "Region_Code_te", "Policy_Sales_Channel_te"]

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.05,
    max_depth=6,
    subsample=0.8,
    colsample_bytree=0.8,
    eval_metric="auc",
    early_stopping_rounds=100,
    random_state=SEED,
)
model.fit(train[FEATURES], train["Response"],
          eval_set=[(valid[FEATURES], valid["Response"])], verbose=200)
print("best iteration:", model.best_iteration)

val_auc = roc_auc_score(valid["Response"], model.predict_proba(valid[FEATURES])[:, 1])
print("validation AUC (used for early stopping, optimistic): %.4f" % val_auc)

test_proba = model.predict_proba(test[FEATURES])[:, 1]
print("TEST ROC AUC : %.4f" % roc_auc_score(test["Response"], test_proba))
print("TEST PR AUC  : %.4f" % average_precision_score(test["Response"], test_proba))

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp)
