# Churn prediction - decision tree / random forest, picking the depth
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, classification_report

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.dropna()

features = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
df = pd.get_dummies(df, columns=["plan", "region"], dtype=int)
features += [c for c in df.columns if c.startswith("plan_") or c.startswith("region_")]

# train = first six months, test = last three months, only customers we have not trained on
train = df[df.snapshot_month < "2024-07-01"]
test = df[(df.snapshot_month >= "2024-07-01") & (~df.customer_id.isin(train.customer_id))]
X_train, y_train = train[features], train["churned_next_month"]
X_test, y_test = test[features], test["churned_next_month"]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy test AUC:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))

depths = [3, 5, 8, 12, None]
aucs = []
for d in depths:
    m = RandomForestClassifier(n_estimators=200, max_depth=d, random_state=0, n_jobs=-1)
    m.fit(X_train, y_train)
    auc = roc_auc_score(y_test, m.predict_proba(X_test)[:, 1])
    aucs.append(auc)
    print("max_depth", d, "test AUC", round(auc, 4))

plt.plot([str(d) for d in depths], aucs, marker="o")
plt.xlabel("max_depth"); plt.ylabel("test AUC")
plt.savefig("depth_curve.png")

best_depth = depths[aucs.index(max(aucs))]
final = RandomForestClassifier(n_estimators=200, max_depth=best_depth, random_state=0, n_jobs=-1)
final.fit(X_train, y_train)
print("best depth:", best_depth, "-> test AUC", round(max(aucs), 4))
print(classification_report(y_test, (final.predict_proba(X_test)[:, 1] > 0.2).astype(int)))

sub = pd.read_csv("test.csv")
sub = pd.get_dummies(sub, columns=["plan", "region"], dtype=int)
sub_X = sub.reindex(columns=features, fill_value=0).fillna(0)
pd.DataFrame({"snapshot_id": sub["snapshot_id"],
              "prediction": final.predict_proba(sub_X)[:, 1]}).to_csv("predictions.csv", index=False)
