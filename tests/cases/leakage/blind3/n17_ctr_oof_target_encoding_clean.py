import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

df = pd.read_csv("clicks.csv")
train, test = train_test_split(df, test_size=0.25, random_state=1)
train = train.copy()
test = test.copy()
prior = train["is_click"].mean()

for col in ["app_id", "site_id"]:
    train[col + "_te"] = np.nan
    for tr_idx, va_idx in KFold(5, shuffle=True, random_state=0).split(train):
        fold_means = train.iloc[tr_idx].groupby(col)["is_click"].mean()
        train.iloc[va_idx, train.columns.get_loc(col + "_te")] = train.iloc[va_idx][col].map(fold_means).values
    train[col + "_te"] = train[col + "_te"].fillna(prior)
    test[col + "_te"] = test[col].map(train.groupby(col)["is_click"].mean()).fillna(prior)

feats = ["app_id_te", "site_id_te", "banner_pos", "hour"]
clf = LogisticRegression(max_iter=1000).fit(train[feats], train["is_click"])
print("AUC", roc_auc_score(test["is_click"], clf.predict_proba(test[feats])[:, 1]))
