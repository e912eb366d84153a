# Claim denial classifier - random forest, quick version
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

claims = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
providers = pd.read_csv("providers.csv")
payers = pd.read_csv("payers.csv")

df = claims.merge(providers, on="provider_id", how="left").merge(payers, on="payer_id", how="left")
tdf = test.merge(providers, on="provider_id", how="left").merge(payers, on="payer_id", how="left")
print(df.shape)
print(df.denied.value_counts(normalize=True))
print(df.isna().mean().sort_values(ascending=False).head(8))

# quick look at where denials come from
for col in ["payer_type", "network_status", "place_of_service"]:
    print(df.groupby(col).denied.agg(["mean", "size"]).sort_values("mean", ascending=False).head(6), "\n")
print(df.groupby(df.days_to_submit // 30).denied.mean().head(8))
print(df[["billed_amount", "units", "n_lines", "member_age"]].describe().T)

for d in (df, tdf):
    d["icd_letter"] = d.icd10_code.str[0].map(lambda s: ord(s) - 65 if isinstance(s, str) else -1)
    d["cpt_num"] = pd.to_numeric(d.cpt_code, errors="coerce").fillna(-1)
    d["late"] = (d.days_to_submit > 90).astype(int)

cats = ["payer_type", "place_of_service", "specialty", "network_status", "member_sex", "modifier"]
df = pd.get_dummies(df, columns=cats, dtype=int)
tdf = pd.get_dummies(tdf, columns=cats, dtype=int)
dummy_cols = [c for c in df.columns if c.startswith(tuple(c2 + "_" for c2 in cats))]
tdf = tdf.reindex(columns=list(tdf.columns) + [c for c in dummy_cols if c not in tdf.columns], fill_value=0)

features = dummy_cols + ["member_age", "billed_amount", "units", "n_lines", "days_to_submit", "prior_auth",
                         "icd_letter", "cpt_num", "late"]
X = df[features].fillna(-1)
y = df.denied

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=3)
print("train denial rate", round(y_train.mean(), 3), "| test denial rate", round(y_test.mean(), 3))
rf = RandomForestClassifier(n_estimators=300, max_depth=14, n_jobs=-1, random_state=3)
rf.fit(X_train, y_train)
print("accuracy:", round(accuracy_score(y_test, rf.predict(X_test)), 4))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15).round(4))

# accuracy by payer type on the held-out claims
held = df.loc[X_test.index].assign(pred=rf.predict(X_test))
for col in ["payer_type_" + v for v in ["Commercial", "Medicare", "Medicaid"] if "payer_type_" + v in held]:
    sub = held[held[col] == 1]
    print(col, len(sub), round(accuracy_score(sub.denied, sub.pred), 4))

print("predicted denial share on held-out claims:", round(held.pred.mean(), 3))
print(pd.crosstab(held.denied, held.pred, rownames=["actual"], colnames=["predicted"]))

rf.fit(X, y)
tdf["prediction"] = rf.predict_proba(tdf[features].fillna(-1))[:, 1]
tdf[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
