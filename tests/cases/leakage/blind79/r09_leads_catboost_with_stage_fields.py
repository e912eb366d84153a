# Lead conversion - CatBoost, account-grouped CV
# author: revops analytics take-home
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

TARGET = "converted"
cat_features = ["lead_source", "industry", "employee_band", "country", "job_title_level",
                "opportunity_stage"]
num_features = ["web_visits_30d", "email_opens_30d", "email_clicks_30d", "content_downloads",
                "webinar_attended", "days_since_created", "lead_score_mkto",
                "annual_revenue_musd", "contract_value"]
features = cat_features + num_features

for c in cat_features:
    train[c] = train[c].fillna("NA").astype(str)
    test[c] = test[c].fillna("NA").astype(str)

X = train[features]
y = train[TARGET].values
groups = train["account_id"].values

print("rows", len(train), "pos rate", round(y.mean(), 4))

oof = np.zeros(len(train))
gkf = GroupKFold(n_splits=5)
for fold, (tr, va) in enumerate(gkf.split(X, y, groups)):
    model = CatBoostClassifier(
        iterations=800,
        depth=6,
        learning_rate=0.05,
        loss_function="Logloss",
        auto_class_weights="Balanced",
        random_seed=fold,
        verbose=0,
    )
    model.fit(Pool(X.iloc[tr], y[tr], cat_features=cat_features))
    oof[va] = model.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {fold}: AUC={roc_auc_score(y[va], oof[va]):.4f}")

base_rate = np.full(len(y), y.mean())
print("\nOOF AUC      :", round(roc_auc_score(y, oof), 4))
print("OOF AP       :", round(average_precision_score(y, oof), 4))
print("baseline AP  :", round(average_precision_score(y, base_rate), 4), "(constant prior)")

# gains table
g = pd.DataFrame({"y": y, "p": oof}).sort_values("p", ascending=False)
g["decile"] = np.repeat(np.arange(1, 11), int(np.ceil(len(g) / 10)))[: len(g)]
t = g.groupby("decile")["y"].agg(n="size", conv="sum")
t["rate"] = t["conv"] / t["n"]
t["lift"] = t["rate"] / y.mean()
t["cum_gain"] = t["conv"].cumsum() / t["conv"].sum()
print(t.round(3))

final = CatBoostClassifier(iterations=800, depth=6, learning_rate=0.05,
                           auto_class_weights="Balanced", verbose=0)
final.fit(Pool(X, y, cat_features=cat_features))
print(final.get_feature_importance(prettified=True).head(10))

pd.DataFrame({"lead_id": test["lead_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
