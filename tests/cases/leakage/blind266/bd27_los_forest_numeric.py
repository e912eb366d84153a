# LOS take-home -- random forest regressor
# goal: predict length of stay (days) at admission time for UM nurse triage

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, median_absolute_error

df = pd.read_csv('train.csv')
print(df.shape)
print(df.describe().T)          # EDA only

# ---- quick look
df['los_days'].clip(upper=30).hist(bins=30)
plt.title('LOS (capped at 30)')
plt.savefig('los_hist.png')
print(df.groupby('admit_type')['los_days'].median())

# ---- features
# MDC as a number works fine for a tree; DRG weights would be nicer but we don't have the table
df['mdc_num'] = pd.to_numeric(df['mdc'], errors='coerce')
df['is_emergency'] = (df['admit_type'] == 'Emergency').astype(int)
df['from_snf'] = (df['admit_source'] == 'SNF').astype(int)
df['er_source'] = (df['admit_source'] == 'ER').astype(int)
df['high_charlson'] = (df['charlson_index'] >= 5).astype(int)
df['disch_code'] = df['discharge_disposition'].astype('category').cat.codes   # home / SNF / rehab / expired

feature_cols = ['admission_id', 'age', 'mdc_num', 'n_secondary_dx', 'n_procedures', 'charlson_index',
                'prior_admits_12m', 'facility_beds', 'facility_teaching', 'weekend_admit',
                'is_emergency', 'from_snf', 'er_source', 'high_charlson', 'total_charges', 'disch_code']
X = df[feature_cols].fillna(0)
y = df['los_days']

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

rf = RandomForestRegressor(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=42)
rf.fit(X_train, y_train)
pred = rf.predict(X_test)

# baseline: everyone gets the training median LOS
naive = np.full(len(y_test), y_train.median())

print('baseline (train median) MAE', round(mean_absolute_error(y_test, naive), 3))
print('random forest           MAE', round(mean_absolute_error(y_test, pred), 3),
      ' MedAE', round(median_absolute_error(y_test, pred), 3))

imp = pd.Series(rf.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp)
