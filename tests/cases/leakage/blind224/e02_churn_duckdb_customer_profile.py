# churn-snapshots take-home
# Approach: build a per-customer "profile" with duckdb window functions and attach it to
# every snapshot, then a gradient boosting model. Validation = Jul-Sep, unseen customers.
import duckdb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = "2024-07"

con = duckdb.connect(database=":memory:")
train_raw = pd.read_csv("train.csv")
test_raw = pd.read_csv("test.csv")
con.register("train_raw", train_raw)
con.register("test_raw", test_raw)


def build_features(table: str, with_target: bool) -> pd.DataFrame:
    tgt = f", {TARGET}" if with_target else ""
    q = f"""
    WITH base AS (
        SELECT *,
               CAST(plan = 'basic' AS INTEGER)   AS plan_basic,
               CAST(plan = 'premium' AS INTEGER) AS plan_premium
        FROM {table}
    ),
    profile AS (
        SELECT
            snapshot_id,
            AVG(usage_hours)       OVER (PARTITION BY customer_id) AS cust_avg_usage,
            STDDEV_POP(usage_hours) OVER (PARTITION BY customer_id) AS cust_std_usage,
            MAX(support_tickets)   OVER (PARTITION BY customer_id) AS cust_max_tickets,
            SUM(payment_failures)  OVER (PARTITION BY customer_id) AS cust_total_failures,
            COUNT(*)               OVER (PARTITION BY customer_id) AS cust_n_snapshots
        FROM base
    )
    SELECT
        b.snapshot_id, b.customer_id, b.snapshot_month,
        b.plan_basic, b.plan_premium, b.monthly_charges, b.tenure_months,
        b.usage_hours, b.support_tickets, b.payment_failures,
        p.cust_avg_usage, p.cust_std_usage, p.cust_max_tickets,
        p.cust_total_failures, p.cust_n_snapshots,
        b.usage_hours - p.cust_avg_usage AS usage_vs_own_avg
        {tgt}
    FROM base b JOIN profile p USING (snapshot_id)
    ORDER BY b.customer_id, b.snapshot_month
    """
    return con.execute(q).df()


df = build_features("train_raw", with_target=True)
df_test = build_features("test_raw", with_target=False)

feature_cols = [c for c in df.columns
                if c not in ("snapshot_id", "customer_id", "snapshot_month", TARGET)]
print(len(feature_cols), "features:", feature_cols)

months = df["snapshot_month"].astype(str)
train_part = df[months < CUTOFF]
valid_part = df[months >= CUTOFF]
valid_part = valid_part[~valid_part["customer_id"].isin(train_part["customer_id"].unique())]
print("train", train_part.shape, "valid", valid_part.shape)

Xtr, ytr = train_part[feature_cols].fillna(0), train_part[TARGET]
Xva, yva = valid_part[feature_cols].fillna(0), valid_part[TARGET]


def report(name, y, p):
    print(f"{name:<20} AUC {roc_auc_score(y, p):.4f} | AP {average_precision_score(y, p):.4f}")


base = DummyClassifier(strategy="stratified", random_state=0).fit(Xtr, ytr)
report("dummy (stratified)", yva, base.predict_proba(Xva)[:, 1])

best_params = dict(learning_rate=0.05, max_depth=6, max_iter=400)
m = HistGradientBoostingClassifier(random_state=1, **best_params).fit(Xtr, ytr)
p_va = m.predict_proba(Xva)[:, 1]
report("hist gbm", yva, p_va)

# precision in the top 5% of scored snapshots
k = max(1, int(0.05 * len(p_va)))
top_idx = np.argsort(-p_va)[:k]
print(f"precision@5%: {yva.to_numpy()[top_idx].mean():.3f}")

# quick look at which profile columns matter
from sklearn.inspection import permutation_importance

imp = permutation_importance(m, Xva, yva, scoring="roc_auc", n_repeats=5, random_state=0)
for col, v in sorted(zip(feature_cols, imp.importances_mean), key=lambda t: -t[1])[:8]:
    print(f"  {col:<22}{v:+.4f}")

final = HistGradientBoostingClassifier(random_state=1, **best_params)
final.fit(df[feature_cols].fillna(0), df[TARGET])
out = pd.DataFrame({
    "snapshot_id": df_test["snapshot_id"],
    "prediction": final.predict_proba(df_test[feature_cols].fillna(0))[:, 1],
})
out.to_csv("predictions.csv", index=False)
