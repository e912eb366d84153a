import pandas as pd
import numpy as np
from sklearn.model_selection import GroupShuffleSplit, GroupKFold, cross_val_score
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score

# load the device-day telemetry
data = pd.read_csv('train.csv', parse_dates=['date'])
print(data.head())
print(data.isna().sum())

# basic cleaning
data['rssi_dbm'] = data['rssi_dbm'].clip(-120, -30)
data['battery_v'] = data['battery_v'].fillna(3.7)     # nominal cell voltage
data['mem_used_pct'] = data['mem_used_pct'].fillna(50)

# feature engineering
data = data.sort_values(['device_id', 'date'])
data['reboots_3d'] = data.groupby('device_id')['reboot_count'].transform(lambda s: s.rolling(3, min_periods=1).sum())
data['errors_3d'] = data.groupby('device_id')['error_log_count'].transform(lambda s: s.rolling(3, min_periods=1).sum())
data['hot_day'] = (data['temp_max_c'] > 60).astype(int)
data['fw_major'] = data['firmware'].str.split('.').str[0].astype(int)

feats = ['uptime_h', 'reboot_count', 'battery_v', 'temp_max_c', 'rssi_dbm',
         'error_log_count', 'mem_used_pct', 'packets_dropped',
         'reboots_3d', 'errors_3d', 'hot_day', 'fw_major']
X = data[feats]
y = data['failure_7d']
groups = data['device_id']

# hold out 25% of devices
splitter = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=1)
train_idx, test_idx = next(splitter.split(X, y, groups))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]

# majority class baseline
dummy = DummyClassifier(strategy='most_frequent')
dummy.fit(X_train, y_train)
print('Baseline accuracy:', accuracy_score(y_test, dummy.predict(X_test)))

# random forest, quick CV on the training devices for n_estimators
for n in [100, 300]:
    rf = RandomForestClassifier(n_estimators=n, max_depth=10, random_state=1, n_jobs=-1)
    cv = cross_val_score(rf, X_train, y_train, groups=groups.iloc[train_idx],
                         cv=GroupKFold(5), scoring='accuracy')
    print(n, 'trees -> CV accuracy', cv.mean().round(4))

rf = RandomForestClassifier(n_estimators=300, max_depth=10, random_state=1, n_jobs=-1)
rf.fit(X_train, y_train)
y_pred = rf.predict(X_test)
print('Random forest accuracy:', accuracy_score(y_test, y_pred))

# which signals matter
for name, imp in sorted(zip(feats, rf.feature_importances_), key=lambda t: -t[1]):
    print(f'{name:18s} {imp:.3f}')
