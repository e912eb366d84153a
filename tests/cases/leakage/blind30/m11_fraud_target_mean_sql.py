"""Fraud detection take-home. DuckDB for features, sklearn for the model."""
import duckdb
import numpy as np
import polars as pl
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

tx = pl.read_csv("train.csv")

# risk of the merchant category + behaviour of the card
features = duckdb.sql("""
    SELECT
        transaction_id,
        amount,
        ln(1 + amount)                                   AS log_amount,
        hour_of_day,
        card_present::INT                                AS card_present,
        country_mismatch::INT                            AS country_mismatch,
        device_age_days,
        n_tx_card_24h,
        amount / NULLIF(avg_amount_card_30d, 0)          AS amount_vs_card_avg,
        CASE WHEN channel = 'web' THEN 1 ELSE 0 END      AS is_web,
        AVG(is_fraud) OVER (PARTITION BY merchant_category)   AS mcc_fraud_rate,
        COUNT(*)      OVER (PARTITION BY merchant_category)   AS mcc_volume,
        is_fraud
    FROM tx
""").pl()

FEATURES = [c for c in features.columns if c not in ("transaction_id", "is_fraud")]
print(FEATURES)

X = features.select(FEATURES).fill_null(0).to_numpy()
y = features["is_fraud"].to_numpy()

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)

gbm = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, subsample=0.8,
                                 random_state=0)
gbm.fit(X_train, y_train)
scores = gbm.predict_proba(X_test)[:, 1]

print(f"ROC AUC: {roc_auc_score(y_test, scores):.4f}")
print(f"PR AUC : {average_precision_score(y_test, scores):.4f}")

# how many frauds in the top 1% of alerts
k = max(1, int(0.01 * len(scores)))
top_k = np.argsort(scores)[::-1][:k]
print(f"precision@1%: {y_test[top_k].mean():.3f}")

for name, imp in sorted(zip(FEATURES, gbm.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:22s} {imp:.3f}")

# --- submission ---------------------------------------------------------------
gbm.fit(X, y)
sub_tx = pl.read_csv("test.csv")
mcc = duckdb.sql("""
    SELECT merchant_category, AVG(is_fraud) AS mcc_fraud_rate, COUNT(*) AS mcc_volume
    FROM tx GROUP BY merchant_category
""").pl()
sub = duckdb.sql("""
    SELECT
        s.transaction_id,
        s.amount,
        ln(1 + s.amount) AS log_amount,
        s.hour_of_day,
        s.card_present::INT AS card_present,
        s.country_mismatch::INT AS country_mismatch,
        s.device_age_days,
        s.n_tx_card_24h,
        s.amount / NULLIF(s.avg_amount_card_30d, 0) AS amount_vs_card_avg,
        CASE WHEN s.channel = 'web' THEN 1 ELSE 0 END AS is_web,
        m.mcc_fraud_rate,
        m.mcc_volume
    FROM sub_tx s LEFT JOIN mcc m USING (merchant_category)
""").pl()
pl.DataFrame({
    "transaction_id": sub["transaction_id"],
    "prediction": gbm.predict_proba(sub.select(FEATURES).fill_null(0).to_numpy())[:, 1],
}).write_csv("predictions.csv")
