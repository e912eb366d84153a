# Playground Series S4E1 - Binary Classification with a Bank Churn Dataset
# CatBoost, stratified 5-fold, original dataset appended to training.
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

INPUT = "/kaggle/input/"
TARGET = "Exited"
DROP = ["id", "CustomerId", "Surname"]
CAT = ["Geography", "Gender", "NumOfProducts", "HasCrCard", "IsActiveMember", "AgeBin"]
N_SPLITS = 5
SEED = 42

train = pd.read_csv(INPUT + "playground-series-s4e1/train.csv")
test = pd.read_csv(INPUT + "playground-series-s4e1/test.csv")
orig = pd.read_csv(INPUT + "bank-customer-churn-prediction/Churn_Modelling.csv")
orig = orig.drop(columns=["RowNumber"]).dropna()
orig["id"] = -1
train = pd.concat([train, orig[train.columns]], ignore_index=True)
print(train.shape, test.shape, "churn share", round(train[TARGET].mean(), 4))


def feature_engineering(df):
    df = df.copy()
    df["IsSenior"] = (df.Age >= 60).astype(int)
    df["AgeBin"] = pd.cut(df.Age, bins=[17, 30, 40, 50, 60, 100], labels=False).astype(str)
    df["ZeroBalance"] = (df.Balance == 0).astype(int)
    df["BalPerProduct"] = df.Balance / df.NumOfProducts
    df["SalaryLog"] = np.log1p(df.EstimatedSalary)
    df["TenureByAge"] = df.Tenure / df.Age
    df["ActiveAndCard"] = df.IsActiveMember * df.HasCrCard
    df["Geo_Gender"] = df.Geography + "_" + df.Gender
    for c in ["NumOfProducts", "HasCrCard", "IsActiveMember"]:
        df[c] = df[c].astype(int).astype(str)
    return df


train = feature_engineering(train)
test = feature_engineering(test)
CAT = CAT + ["Geo_Gender"]

FEATURES = [c for c in train.columns if c not in DROP]
print(len(FEATURES), "features:", FEATURES)

X = train[FEATURES]
y = train[TARGET]

cb_params = dict(
    iterations=1500,
    learning_rate=0.04,
    depth=6,
    l2_leaf_reg=4,
    random_strength=0.5,
    eval_metric="AUC",
    random_seed=SEED,
    verbose=0,
)

skf = StratifiedKFold(n_splits=N_SPLITS, shuffle=True, random_state=SEED)
oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
test_pred = np.zeros(len(test))

for fold, (tr, va) in enumerate(skf.split(X, y)):
    X_tr, X_va = X.iloc[tr], X.iloc[va]
    y_tr, y_va = y.iloc[tr], y.iloc[va]

    model = CatBoostClassifier(**cb_params)
    model.fit(Pool(X_tr, y_tr, cat_features=CAT))
    oof[va] = model.predict_proba(Pool(X_va, cat_features=CAT))[:, 1]

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    oof_dummy[va] = dummy.predict_proba(X_va)[:, 1]

    print(f"fold {fold}: catboost AUC {roc_auc_score(y_va, oof[va]):.5f} | "
          f"dummy AUC {roc_auc_score(y_va, oof_dummy[va]):.5f}")

print(f"\nOOF AUC catboost: {roc_auc_score(y, oof):.5f}")
print(f"OOF AUC dummy   : {roc_auc_score(y, oof_dummy):.5f}")

fi = pd.Series(model.get_feature_importance(), index=FEATURES).sort_values(ascending=False)
print(fi.head(10))

# full-data refit for the submission
final = CatBoostClassifier(**cb_params).fit(Pool(X, y, cat_features=CAT))
test_X = test.reindex(columns=FEATURES)
sub = pd.DataFrame({"id": test.id, TARGET: final.predict_proba(Pool(test_X, cat_features=CAT))[:, 1]})
sub.to_csv("submission.csv", index=False)
print(sub.describe())
