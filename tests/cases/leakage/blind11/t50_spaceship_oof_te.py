"""Spaceship Titanic - LightGBM, 5-fold CV with out-of-fold target encoding.

train/test are concatenated only for stateless feature engineering (string splits, sums,
logs). Target encodings are computed inside each fold from the training fold only.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import accuracy_score, roc_auc_score, log_loss

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
n_train = len(train)

full = pd.concat([train.drop(columns="Transported"), test], axis=0, ignore_index=True)

spend = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]
full[spend] = full[spend].fillna(0)
full["LogSpend"] = np.log1p(full[spend].sum(axis=1))
full["NoSpend"] = (full[spend].sum(axis=1) == 0).astype(int)
cabin = full["Cabin"].str.split("/", expand=True)
full["Deck"] = cabin[0].fillna("U")
full["CabinNum"] = pd.to_numeric(cabin[1], errors="coerce")
full["Side"] = cabin[2].fillna("U")
full["Route"] = full["HomePlanet"].fillna("U") + "_" + full["Destination"].fillna("U")
for c in ["HomePlanet", "Destination", "CryoSleep", "VIP"]:
    full[c] = full[c].astype(str)

trn = full.iloc[:n_train].reset_index(drop=True)
tst = full.iloc[n_train:].reset_index(drop=True)
y = train["Transported"].astype(int).values

cat_cols = ["HomePlanet", "Destination", "CryoSleep", "VIP", "Deck", "Side"]
te_cols = ["Deck", "Route"]
base_feats = cat_cols + ["Age", "CabinNum", "LogSpend", "NoSpend"] + spend


def add_te(fit_df, fit_y, apply_df, cols, m=20):
    """mean encoding learned on (fit_df, fit_y), applied to apply_df"""
    out = apply_df.copy()
    prior = fit_y.mean()
    tmp = fit_df[cols].copy()
    tmp["_y"] = fit_y
    for c in cols:
        st = tmp.groupby(c)["_y"].agg(["sum", "count"])
        enc = (st["sum"] + m * prior) / (st["count"] + m)
        out[c + "_te"] = apply_df[c].map(enc).fillna(prior)
    return out


def prep(d):
    d = d.copy()
    for c in cat_cols:
        d[c] = d[c].astype("category")
    return d


feats = base_feats + [c + "_te" for c in te_cols]
oof = np.zeros(n_train)
skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=42)

for fold, (tr_i, va_i) in enumerate(skf.split(trn, y)):
    x_tr = add_te(trn.iloc[tr_i], y[tr_i], trn.iloc[tr_i], te_cols)
    x_va = add_te(trn.iloc[tr_i], y[tr_i], trn.iloc[va_i], te_cols)
    model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.02, num_leaves=31,
                               colsample_bytree=0.7, subsample=0.8, subsample_freq=1, verbose=-1)
    model.fit(prep(x_tr)[feats], y[tr_i])
    oof[va_i] = model.predict_proba(prep(x_va)[feats])[:, 1]
    print(f"fold {fold}: acc {accuracy_score(y[va_i], oof[va_i] > 0.5):.4f}  auc {roc_auc_score(y[va_i], oof[va_i]):.4f}")

print("OOF accuracy %.4f | OOF AUC %.4f" % (accuracy_score(y, oof > 0.5), roc_auc_score(y, oof)))
print("OOF log loss %.4f | prior baseline log loss %.4f" % (log_loss(y, oof), log_loss(y, np.full(n_train, y.mean()))))

# final model on all training rows for the submission
x_all = add_te(trn, y, trn, te_cols)
x_tst = add_te(trn, y, tst, te_cols)
final = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.02, num_leaves=31,
                           colsample_bytree=0.7, subsample=0.8, subsample_freq=1, verbose=-1)
final.fit(prep(x_all)[feats], y)
pd.DataFrame({"PassengerId": tst["PassengerId"],
              "Transported": final.predict(prep(x_tst)[feats]).astype(bool)}).to_csv("submission.csv", index=False)
